using System.Text;
using PodConnect.Testing.Fuzzing;

namespace PodConnect.Tests.Fuzzing;

public class JsonMutatorTests
{
    private static readonly byte[] Valid = Encoding.UTF8.GetBytes("""{"data":{"orders":[{"id":"1","n":2,"ok":true,"tags":["a",null]}]},"code":0}""");

    [Fact]
    public void The_same_seed_gives_the_same_cases_and_another_seed_other_ones()
    {
        var a = new JsonMutator(5).Mutate(Valid, 200).ToList();
        var b = new JsonMutator(5).Mutate(Valid, 200).ToList();
        var c = new JsonMutator(6).Mutate(Valid, 200).ToList();

        Assert.Equal(a.Select(x => Convert.ToBase64String(x.Payload)), b.Select(x => Convert.ToBase64String(x.Payload)));
        Assert.NotEqual(a.Select(x => Convert.ToBase64String(x.Payload)), c.Select(x => Convert.ToBase64String(x.Payload)));
    }

    [Fact]
    public void Cases_cover_every_kind_of_mutation()
    {
        var mutations = string.Join('\n', new JsonMutator(1).Mutate(Valid, 2_000).Select(c => c.Mutation));

        foreach (var kind in new[] { "byte flip", "truncated", "nesting", "invalid UTF-8", "surrogate", "duplicate key", "null at", "removed", "number 1e309", "type swap", "null element" })
        {
            Assert.Contains(kind, mutations, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_parser_that_crashes_is_reported_with_the_case_and_a_hang_is_reported_not_waited_for()
    {
        var crash = Assert.Throws<FuzzFailureException>(() => Fuzz.Check(
            new JsonMutator(2).Mutate(Valid, 50),
            _ => throw new InvalidOperationException("boom"),
            e => e is FormatException));
        Assert.Contains("50 of 50 cases ended in an untyped exception", crash.Message, StringComparison.Ordinal);
        Assert.Contains("InvalidOperationException: boom", crash.Message, StringComparison.Ordinal);

        using var never = new ManualResetEventSlim();
        var hang = Assert.Throws<FuzzFailureException>(() => Fuzz.Check(
            new JsonMutator(2).Mutate(Valid, 5),
            _ => never.Wait(TimeSpan.FromSeconds(30)),
            _ => true,
            timeLimit: TimeSpan.FromMilliseconds(200)));
        never.Set(); // release the abandoned case before the event is disposed
        Assert.Contains("did not finish within 0.2 s; it hung on", hang.Message, StringComparison.Ordinal);
    }
}
