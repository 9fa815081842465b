namespace PodConnect.Routing;

/// <summary>Loads the embedded European network (Routing/BuiltIn/europe-network.json).</summary>
internal static class BuiltInNetwork
{
    public const string ResourceName = "PodConnect.Routing.BuiltIn.europe-network.json";

    public static FacilityNetwork Load()
    {
        using var stream = typeof(BuiltInNetwork).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The built-in network resource '{ResourceName}' is missing from the assembly.");
        return FacilityNetwork.FromJson(stream);
    }
}
