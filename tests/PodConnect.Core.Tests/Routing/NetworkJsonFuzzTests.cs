using PodConnect.Routing;
using PodConnect.Testing.Fuzzing;

namespace PodConnect.Core.Tests.Routing;

/// <summary>A network file is user input: any mutation of a valid one loads or fails with a <see cref="NetworkValidationException"/> naming the field.</summary>
public class NetworkJsonFuzzTests
{
    private static byte[] BuiltInJson()
    {
        using var stream = typeof(FacilityNetwork).Assembly.GetManifestResourceStream("PodConnect.Routing.BuiltIn.europe-network.json")!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Any_mutation_of_the_built_in_network_loads_or_names_the_field(int seed)
    {
        var summary = Fuzz.Check(
            new JsonMutator(seed).Mutate(BuiltInJson(), 400),
            json =>
            {
                using var stream = new MemoryStream(json);
                FacilityNetwork.FromJson(stream).Compile();
            },
            e => e is NetworkValidationException { Field.Length: > 0 });

        Assert.True(summary.Rejected > 0, $"parsed {summary.Parsed}, rejected {summary.Rejected}");
    }
}
