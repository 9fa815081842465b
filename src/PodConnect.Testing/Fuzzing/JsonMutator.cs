using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PodConnect.Testing.Fuzzing;

/// <summary>
/// Derives hostile variants from a valid JSON payload, deterministically from a seed: byte flips,
/// truncation, values swapped for another JSON type, nulls (also inside arrays), removed members,
/// huge and out-of-range numbers (Unix times beyond <see cref="DateTimeOffset"/>, <c>1e309</c>),
/// deep nesting, invalid UTF-8 and lone UTF-16 surrogates inside strings, duplicate keys and
/// odd strings (empty, blank, very long, a time-zone folder name). Use it with <see cref="Fuzz"/> to
/// prove that a parser of untrusted bytes answers every input with a result or a typed error.
/// </summary>
public sealed class JsonMutator
{
    private static readonly string[] HugeNumbers =
    [
        "1e309", "-1e309", "9223372036854775808", "-9223372036854775809", "99999999999999999999999999999",
        "253402300800", "-62135596801", "253402300800000", "-1", "0", "1.5", "-0.0", "4294967296", "1e-400",
    ];

    private static readonly string[] OddStrings =
    [
        "", " ", "Europe", "Europe/", "../../etc/passwd", "null", "NaN", "Infinity", "-Infinity", "1e309",
        "0000-00-00", "2026-13-45T99:99:99Z", "\u0000", "ÿ", "\u202e", "9223372036854775808",
    ];

    private readonly int _seed;

    /// <summary>Creates a mutator; the same seed always yields the same cases.</summary>
    public JsonMutator(int seed) => _seed = seed;

    /// <summary>
    /// Yields <paramref name="count"/> variants of <paramref name="validJson"/> (which must parse as JSON).
    /// </summary>
    public IEnumerable<FuzzCase> Mutate(ReadOnlyMemory<byte> validJson, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var original = validJson.ToArray();
        var root = JsonNode.Parse(original) ?? throw new ArgumentException("The payload is the JSON literal null.", nameof(validJson));
        var random = new Random(_seed);
        for (var i = 0; i < count; i++)
        {
            var (mutation, payload) = MutateOnce(random, original, root);
            yield return new FuzzCase(i, mutation, payload);
        }
    }

    private static (string Mutation, byte[] Payload) MutateOnce(Random random, byte[] original, JsonNode root)
    {
        switch (random.Next(12))
        {
            case 0:
                return FlipBytes(random, original);
            case 1:
                var cut = random.Next(original.Length);
                return ($"truncated to {cut} bytes", original[..cut]);
            case 2:
                return Deepen(random, original);
            case 3:
                return InjectIntoString(random, original);
            case 4:
                return DuplicateKey(random, root);
            default:
                return MutateNode(random, root);
        }
    }

    private static (string, byte[]) FlipBytes(Random random, byte[] original)
    {
        var copy = (byte[])original.Clone();
        var flips = 1 + random.Next(4);
        for (var f = 0; f < flips && copy.Length > 0; f++)
        {
            var at = random.Next(copy.Length);
            copy[at] = random.Next(3) == 0 ? (byte)random.Next(256) : (byte)(copy[at] ^ (1 << random.Next(8)));
        }

        return ($"{flips} byte flip(s)", copy);
    }

    private static (string, byte[]) Deepen(Random random, byte[] original)
    {
        var depth = random.Next(2) == 0 ? 70 : 5000;
        var text = Encoding.UTF8.GetString(original);
        var colon = FindValueStart(random, text);
        var open = random.Next(2) == 0 ? '[' : '{';
        string nested = open == '[' ? new string('[', depth) + "1" + new string(']', depth) : Repeat("{\"a\":", depth) + "1" + new string('}', depth);
        var mutated = colon < 0 ? nested : text[..colon] + nested + SkipValue(text, colon);
        return ($"nesting {depth} deep at offset {Math.Max(colon, 0)}", Encoding.UTF8.GetBytes(mutated));
    }

    private static (string, byte[]) InjectIntoString(Random random, byte[] original)
    {
        // Positions just after an opening quote of a string value or key.
        var quotes = new List<int>();
        for (var i = 0; i < original.Length; i++)
        {
            if (original[i] == (byte)'"' && (i == 0 || original[i - 1] != (byte)'\\'))
            {
                quotes.Add(i + 1);
            }
        }

        if (quotes.Count == 0)
        {
            return FlipBytes(random, original);
        }

        var at = quotes[random.Next(quotes.Count)];
        (string what, byte[] bytes) = random.Next(5) switch
        {
            0 => ("invalid UTF-8 0xFF", [0xFF]),
            1 => ("truncated UTF-8 sequence 0xC3", [0xC3]),
            2 => ("overlong UTF-8 0xC0 0xAF", [0xC0, 0xAF]),
            3 => ("lone high surrogate \\uD800", "\\uD800"u8.ToArray()),
            _ => ("lone low surrogate \\uDC00", "\\uDFFF"u8.ToArray()),
        };
        var mutated = new byte[original.Length + bytes.Length];
        original.AsSpan(0, at).CopyTo(mutated);
        bytes.CopyTo(mutated.AsSpan(at));
        original.AsSpan(at).CopyTo(mutated.AsSpan(at + bytes.Length));
        return ($"{what} inside the string at offset {at}", mutated);
    }

    private static (string, byte[]) DuplicateKey(Random random, JsonNode root)
    {
        var objects = Collect(root).Where(n => n.Node is JsonObject o && o.Count > 0).ToList();
        if (objects.Count == 0)
        {
            return MutateNode(random, root);
        }

        var (path, node) = objects[random.Next(objects.Count)];
        var target = (JsonObject)node!;
        var key = target.ElementAt(random.Next(target.Count)).Key;
        const string Marker = "__podconnect_fuzz_duplicate__";
        var clone = root.DeepClone();
        Find(clone, path)!.AsObject()[Marker] = OddValue(random);
        // Rename the marker to the existing key: the object now has that key twice, the odd value last.
        var rebuilt = clone.ToJsonString().Replace(JsonSerializer.Serialize(Marker), JsonSerializer.Serialize(key), StringComparison.Ordinal);
        return ($"duplicate key '{key}' at {path}", Encoding.UTF8.GetBytes(rebuilt));
    }

    private static (string, byte[]) MutateNode(Random random, JsonNode root)
    {
        var clone = root.DeepClone();
        var nodes = Collect(clone).Where(n => n.Node?.Parent is not null).ToList();
        if (nodes.Count == 0)
        {
            return ("replaced the document", Encoding.UTF8.GetBytes(OddValue(random)?.ToJsonString() ?? "null"));
        }

        var (path, node) = nodes[random.Next(nodes.Count)];
        var parent = node!.Parent!;
        string what;
        switch (random.Next(5))
        {
            case 0:
                what = "null";
                Replace(parent, node, null);
                break;
            case 1 when parent is JsonObject o:
                what = "removed";
                o.Remove(node.GetPropertyName());
                break;
            case 1 when parent is JsonArray a:
                what = "null element added";
                a.Insert(random.Next(a.Count + 1), null);
                break;
            case 2:
                var huge = HugeNumbers[random.Next(HugeNumbers.Length)];
                what = "number " + huge;
                Replace(parent, node, JsonNode.Parse(huge));
                break;
            default:
                var odd = OddValue(random);
                what = "type swap to " + (odd?.ToJsonString() ?? "null");
                Replace(parent, node, odd);
                break;
        }

        var text = clone.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return ($"{what} at {path}", Encoding.UTF8.GetBytes(text));
    }

    private static JsonNode? OddValue(Random random) => random.Next(7) switch
    {
        0 => JsonValue.Create(OddStrings[random.Next(OddStrings.Length)]),
        1 => JsonValue.Create(new string('x', 1 + random.Next(70_000))),
        2 => JsonValue.Create(random.Next(2) == 0),
        3 => new JsonArray(JsonValue.Create(1), null, JsonValue.Create("a")),
        4 => new JsonObject { ["unexpected"] = JsonValue.Create(1) },
        5 => JsonNode.Parse(HugeNumbers[random.Next(HugeNumbers.Length)]),
        _ => JsonValue.Create(random.Next(int.MinValue, int.MaxValue)),
    };

    private static void Replace(JsonNode parent, JsonNode node, JsonNode? value)
    {
        if (parent is JsonObject o)
        {
            o[node.GetPropertyName()] = value;
        }
        else if (parent is JsonArray a)
        {
            a[node.GetElementIndex()] = value;
        }
    }

    private static List<(string Path, JsonNode? Node)> Collect(JsonNode root)
    {
        var list = new List<(string, JsonNode?)>();
        void Walk(JsonNode? node)
        {
            list.Add((node?.GetPath() ?? "$", node));
            switch (node)
            {
                case JsonObject o:
                    foreach (var (_, child) in o.ToList())
                    {
                        Walk(child);
                    }

                    break;
                case JsonArray a:
                    foreach (var child in a.ToList())
                    {
                        Walk(child);
                    }

                    break;
            }
        }

        Walk(root);
        return list;
    }

    private static JsonNode? Find(JsonNode root, string path) =>
        Collect(root).FirstOrDefault(n => n.Path == path).Node;

    private static int FindValueStart(Random random, string text)
    {
        var colons = new List<int>();
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '"' && (i == 0 || text[i - 1] != '\\'))
            {
                inString = !inString;
            }
            else if (!inString && c == ':')
            {
                colons.Add(i + 1);
            }
        }

        return colons.Count == 0 ? -1 : colons[random.Next(colons.Count)];
    }

    private static string SkipValue(string text, int start) => text[(start + ValueLength(text, start))..];

    /// <summary>The length of the JSON value starting at <paramref name="start"/> (whitespace included).</summary>
    private static int ValueLength(string text, int start)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text[start..]), new JsonReaderOptions { AllowMultipleValues = true });
        reader.Read();
        reader.Skip();
        var consumedBytes = (int)reader.BytesConsumed;
        return Encoding.UTF8.GetCharCount(Encoding.UTF8.GetBytes(text[start..]).AsSpan(0, consumedBytes));
    }

    private static string Repeat(string s, int times) => string.Concat(Enumerable.Repeat(s, times));

    /// <summary>A readable description of the seed, for failure messages.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"JsonMutator(seed {_seed})");
}
