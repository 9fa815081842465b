namespace PodConnect.Providers;

/// <summary>A print file for one placement of a line.</summary>
/// <param name="Placement">Where it is printed, in the provider's words (<c>default</c>, <c>front</c>, <c>back</c>…).</param>
/// <param name="Url">A publicly downloadable URL of the file.</param>
public sealed record PodPrintFile(string Placement, Uri Url);
