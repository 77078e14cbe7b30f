using System.Buffers;
using System.Globalization;
using System.Text;

namespace Alliance.Domain;

/// <summary>
/// What the portal keeps of a text a person typed (decision 0014): the characters people read, in
/// Unicode NFC, without the invisible ones that can make a text display as something it is not or
/// break what reads it later (exports, logs, e-mail). Removing them changes nothing a reader could
/// see, as trimming does not; a text that was nothing else is empty, so a required field says so.
/// </summary>
public static class PlainText
{
    /// <summary>
    /// A name, a title, a link: controls and invisible format characters removed, line breaks and tabs
    /// each made one space, NFC, trimmed. Never null.
    /// </summary>
    public static string SingleLine(string? text) => Clean(text, multiLine: false);

    /// <summary>
    /// A narrative, a description, a note: as <see cref="SingleLine"/>, but every line break (CR LF,
    /// CR, LF, NEL, vertical tab, form feed, U+2028, U+2029) becomes LF and tabs stay.
    /// </summary>
    public static string MultiLine(string? text) => Clean(text, multiLine: true);

    /// <summary>
    /// The joiners (U+200C, U+200D) are invisible but spell words in Persian, Urdu, Kurdish and Indic
    /// scripts and build emoji, so <see cref="SingleLine"/> keeps them; comparisons of names ignore
    /// them (<see cref="WithoutJoiners"/>).
    /// </summary>
    internal static string WithoutJoiners(string text) => text.Replace("\u200C", "", StringComparison.Ordinal).Replace("\u200D", "", StringComparison.Ordinal);

    private static string Clean(string? text, bool multiLine)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var kept = new StringBuilder(text.Length);
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            // A lone surrogate is no character at all (and would make NFC throw): it is dropped.
            var status = Rune.DecodeFromUtf16(rest, out var rune, out var consumed);
            rest = rest[consumed..];
            if (status != OperationStatus.Done)
            {
                continue;
            }
            if (rune.Value == '\r' && !rest.IsEmpty && rest[0] == '\n')
            {
                continue;
            }
            if (IsLineBreak(rune))
            {
                kept.Append(multiLine ? '\n' : ' ');
            }
            else if (rune.Value == '\t')
            {
                kept.Append(multiLine ? '\t' : ' ');
            }
            else if (!IsHidden(rune))
            {
                kept.Append(rune.ToString());
            }
        }
        return kept.ToString().Normalize(NormalizationForm.FormC).Trim();
    }

    private static bool IsLineBreak(Rune rune) => rune.Value is '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>
    /// Controls (C0, DEL, C1), format characters (the bidirectional overrides, embeddings, isolates
    /// and marks, zero-width spaces, the byte-order mark, soft hyphens, tags) and noncharacters, which
    /// XML (and so an .xlsx export) cannot carry. Kept: the joiners and the prepended concatenation
    /// marks (U+0600–U+0605, U+06DD, U+070F, U+0890–U+0891, U+08E2, U+110BD, U+110CD), which show.
    /// </summary>
    private static bool IsHidden(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control => true,
        UnicodeCategory.Format => rune.Value is not (0x200C or 0x200D or (>= 0x0600 and <= 0x0605) or 0x06DD or 0x070F
            or 0x0890 or 0x0891 or 0x08E2 or 0x110BD or 0x110CD),
        _ => IsNoncharacter(rune.Value),
    };

    private static bool IsNoncharacter(int value) => value is >= 0xFDD0 and <= 0xFDEF || (value & 0xFFFE) == 0xFFFE;
}
