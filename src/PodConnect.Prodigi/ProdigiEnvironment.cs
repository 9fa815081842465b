namespace PodConnect.Prodigi;

/// <summary>Which Prodigi environment the client talks to. Keys differ between them and are not interchangeable.</summary>
public enum ProdigiEnvironment
{
    /// <summary><c>https://api.sandbox.prodigi.com/v4.0/</c>: nothing is charged or fulfilled. The default, so a misconfigured host never prints.</summary>
    Sandbox = 0,

    /// <summary><c>https://api.prodigi.com/v4.0/</c>: orders are produced, shipped and charged.</summary>
    Live = 1,
}
