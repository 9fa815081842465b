namespace PodConnect.Domain;

/// <summary>The ISO 3166-1 alpha-2 code table, as one interned string per assigned code.</summary>
internal static class IsoCountries
{
    // Officially assigned ISO 3166-1 alpha-2 codes (249), space-separated to keep the table compact.
    private const string Assigned =
        "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW " +
        "BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI " +
        "FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN " +
        "IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME " +
        "MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF " +
        "PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV " +
        "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE " +
        "YT ZA ZM ZW";

    // Indexed by (first - 'A') * 26 + (second - 'A'); null where the code is not assigned.
    private static readonly string?[] Table = BuildTable();

    public static string? Lookup(char first, char second)
    {
        first = char.ToUpperInvariant(first);
        second = char.ToUpperInvariant(second);
        if (first is < 'A' or > 'Z' || second is < 'A' or > 'Z')
        {
            return null;
        }

        return Table[((first - 'A') * 26) + (second - 'A')];
    }

    private static string?[] BuildTable()
    {
        var table = new string?[26 * 26];
        foreach (var code in Assigned.Split(' '))
        {
            table[((code[0] - 'A') * 26) + (code[1] - 'A')] = string.Intern(code);
        }

        return table;
    }
}
