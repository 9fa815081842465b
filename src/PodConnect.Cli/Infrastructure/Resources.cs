namespace PodConnect.Cli.Infrastructure;

/// <summary>Text files embedded in the tool (the example scenario, the report template).</summary>
internal static class Resources
{
    public static string Text(string name)
    {
        using var stream = typeof(Resources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Resource '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
