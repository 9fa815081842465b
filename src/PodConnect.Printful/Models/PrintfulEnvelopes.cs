namespace PodConnect.Printful.Models;

/// <summary>The v1 envelope: <c>{"code":200,"result":…}</c>.</summary>
/// <typeparam name="T">The result.</typeparam>
internal sealed class PrintfulResponse<T>
{
    /// <summary>The status code, echoed.</summary>
    public int? Code { get; init; }

    /// <summary>The result.</summary>
    public T? Result { get; init; }
}

/// <summary>The v2 envelope: <c>{"data":…}</c>.</summary>
/// <typeparam name="T">The data.</typeparam>
internal sealed class PrintfulV2Response<T>
{
    /// <summary>The data.</summary>
    public T? Data { get; init; }
}
