using System.Text;
using PodConnect.Providers;

namespace PodConnect.Tests.Providers;

public sealed class WebhookSecretsTests
{
    // RFC 4231, test case 2.
    private static readonly byte[] Key = Encoding.ASCII.GetBytes("Jefe");
    private static readonly byte[] Data = Encoding.ASCII.GetBytes("what do ya want for nothing?");
    private const string Expected = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

    [Fact]
    public void Hmac_matches_the_rfc_4231_vector() =>
        Assert.Equal(Expected, WebhookSecrets.HmacSha256Hex(Key, Data));

    [Theory]
    [InlineData(Expected, true)]
    [InlineData("5BDCC146BF60754E6A042426089575C75A003F089D2739839DEC58B964EC3843", true)]
    [InlineData("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3844", false)]
    [InlineData("5bdcc146", false)]
    [InlineData("not hex at all, but exactly sixty-four characters long!!!!!!!!!", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Hmac_verification_accepts_only_the_right_signature(string? signature, bool valid) =>
        Assert.Equal(valid, WebhookSecrets.HmacSha256HexEquals(Key, Data, signature));

    [Fact]
    public void A_changed_body_byte_invalidates_the_signature()
    {
        var tampered = (byte[])Data.Clone();
        tampered[0] ^= 1;
        Assert.False(WebhookSecrets.HmacSha256HexEquals(Key, tampered, Expected));
    }

    [Theory]
    [InlineData("s3cret", true)]
    [InlineData("s3creT", false)]
    [InlineData("s3cret ", false)]
    [InlineData(null, false)]
    public void Shared_secret_comparison_is_exact(string? received, bool valid) =>
        Assert.Equal(valid, WebhookSecrets.SecretEquals(received, "s3cret"));
}
