namespace PodConnect.Gelato.Models;

/// <summary>A print file of an item (v4 <c>files[]</c>).</summary>
public sealed class GelatoFile
{
    /// <summary><c>default</c>, <c>back</c>, <c>neck-inner</c>, <c>sleeve-left</c>…</summary>
    public string? Type { get; init; }

    /// <summary>A public URL of the file.</summary>
    public string? Url { get; init; }
}
