using System.Text;
using Alliance.Domain;
using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Domain.Workplans;

using static Alliance.Tests.Domain.DomainBuilders;

namespace Alliance.Tests.Domain;

/// <summary>The one rule on what the portal keeps of a typed text (decision 0014), and the entities that use it.</summary>
public class PlainTextTests
{
    private const string ArabicNarrative = "عُقدت ورشة عمل للتحقق مع 14 وكالة في بنغازي، والخطوة التالية هي التقرير النهائي.";

    // Code points rather than strings in the data, so that no test's name carries the characters themselves.
    public static TheoryData<int, string> HiddenCharacters => new()
    {
        { 0x0000, "NUL" },
        { 0x0007, "BEL" },
        { 0x001B, "ESC" },
        { 0x007F, "DEL" },
        { 0x0080, "C1 padding" },
        { 0x009B, "C1 control sequence introducer" },
        { 0x202A, "left-to-right embedding" },
        { 0x202B, "right-to-left embedding" },
        { 0x202C, "pop directional formatting" },
        { 0x202D, "left-to-right override" },
        { 0x202E, "right-to-left override" },
        { 0x2066, "left-to-right isolate" },
        { 0x2067, "right-to-left isolate" },
        { 0x2068, "first strong isolate" },
        { 0x2069, "pop directional isolate" },
        { 0x200E, "left-to-right mark" },
        { 0x200F, "right-to-left mark" },
        { 0x061C, "Arabic letter mark" },
        { 0x200B, "zero-width space" },
        { 0x2060, "word joiner" },
        { 0xFEFF, "byte-order mark" },
        { 0x00AD, "soft hyphen" },
        { 0xE0041, "tag letter A" },
        { 0xFFFF, "noncharacter" },
        { 0xD800, "lone high surrogate" },
        { 0xDC00, "lone low surrogate" },
    };

    [Theory]
    [MemberData(nameof(HiddenCharacters))]
    public void SingleLineAndMultiLine_RemoveEachHiddenCharacter(int codePoint, string what)
    {
        var hidden = codePoint is >= 0xD800 and <= 0xDFFF ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint);

        Assert.True(PlainText.SingleLine($"Save the{hidden} Children{hidden}") == "Save the Children", what);
        Assert.True(PlainText.MultiLine($"{hidden}Line one{hidden}\nline two") == "Line one\nline two", what);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\n")]
    [InlineData("U+0085")]
    [InlineData("U+2028")]
    [InlineData("U+2029")]
    [InlineData("U+000B")]
    [InlineData("U+000C")]
    public void MultiLine_MakesEveryLineBreakOneLf_AndSingleLine_OneSpace(string lineBreak)
    {
        var typed = "Workshop" + (lineBreak.StartsWith("U+", StringComparison.Ordinal)
            ? char.ConvertFromUtf32(Convert.ToInt32(lineBreak[2..], 16)) : lineBreak) + "held";

        Assert.Equal("Workshop\nheld", PlainText.MultiLine(typed));
        Assert.Equal("Workshop held", PlainText.SingleLine(typed));
    }

    [Fact]
    public void MultiLine_KeepsTabsAndBlankLines_SingleLine_MakesATabASpace()
    {
        Assert.Equal("Done:\n\n\t- training", PlainText.MultiLine("  Done:\r\n\r\n\t- training \r\n"));
        Assert.Equal("Name with tab", PlainText.SingleLine("Name\twith tab"));
    }

    [Fact]
    public void ArabicText_IsKeptAsTyped()
    {
        Assert.Equal(ArabicNarrative, PlainText.MultiLine(ArabicNarrative));
        Assert.Equal("منظمة إنقاذ الطفل", PlainText.SingleLine("منظمة إنقاذ الطفل"));
    }

    [Fact]
    public void ArabicText_WithAnOverride_LosesOnlyTheOverride()
    {
        Assert.Equal(ArabicNarrative, PlainText.MultiLine("\u202E" + ArabicNarrative.Insert(10, "\u202D\u2066") + "\u202C"));
    }

    [Fact]
    public void TheJoinersThatSpellPersianWords_AndTheArabicNumberSign_AreKept()
    {
        // Persian "mi-khaham" (I want) needs its zero-width non-joiner; U+0600 is a visible Arabic number sign.
        Assert.Equal("می\u200Cخواهم", PlainText.SingleLine("می\u200Cخواهم"));
        Assert.Equal("\u0600" + "١٢", PlainText.SingleLine("\u0600" + "١٢"));
        Assert.Equal("👩\u200D👧", PlainText.MultiLine("👩\u200D👧"));
    }

    [Fact]
    public void Texts_AreNormalisedToNfc()
    {
        var decomposed = "Comite\u0301 de pilotage, Re\u0301publique de Co\u0302te d'Ivoire";

        var kept = PlainText.SingleLine(decomposed);

        Assert.Equal("Comité de pilotage, République de Côte d'Ivoire", kept);
        Assert.True(kept.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void ATextOfNothingButHiddenCharacters_IsEmpty()
    {
        Assert.Equal("", PlainText.SingleLine("\u202E\u200B\0 \uFEFF"));
        Assert.Equal("", PlainText.MultiLine("\r\n\u202E\r\n"));
        Assert.Equal("", PlainText.SingleLine(null));
    }

    [Fact]
    public void ProgressNarrative_IsStoredWithoutOverridesOrControls_WithItsLinesAsLf()
    {
        var activity = NewActivity();

        var update = Record(activity, new ProgressReport(ActivityStatus.OnTrack, 50,
            "Workshop held\u202E fdp.exe\0 with 14 agencies.\r\nNext: the report.", "https://example.org/report\u202Efdp.pdf"));

        Assert.Equal("Workshop held fdp.exe with 14 agencies.\nNext: the report.", update.Narrative);
        Assert.Equal("https://example.org/reportfdp.pdf", update.EvidenceUrl);
    }

    [Fact]
    public void ProgressNarrative_InArabic_IsStoredAsTyped()
    {
        var update = Record(NewActivity(), new ProgressReport(ActivityStatus.OnTrack, 50, ArabicNarrative, null));

        Assert.Equal(ArabicNarrative, update.Narrative);
    }

    [Fact]
    public void ProgressNarrative_OfOnlyHiddenCharacters_IsRequired()
    {
        var problems = Activity.CheckTexts(new ProgressReport(ActivityStatus.OnTrack, 50, "\u202E\0\u200B", null));

        var problem = Assert.Single(problems);
        Assert.Equal(("Required", nameof(ProgressReport.Narrative)), (problem.Code, problem.Field));
    }

    [Fact]
    public void Lengths_AreThoseOfTheTextKept()
    {
        var title = new string('t', Activity.TitleMaxLength);

        var activity = NewActivity(title + string.Concat(Enumerable.Repeat("\u202E", 20)));

        Assert.Equal(title, activity.Title);
    }

    [Fact]
    public void ActivityTexts_AreKeptPlain_AndATitleWithAnInvisibleCharacter_IsStillADuplicate()
    {
        var workplan = NewWorkplan();
        var activity = workplan.AddActivity(Details(workplan, "Revise\u200B the CPMS\u202E") with
        {
            Description = "First line\r\nsecond\u0007 line",
            Deliverable = "CPMS\u2066 2019\nedition",
        });

        Assert.Equal(("Revise the CPMS", "First line\nsecond line", "CPMS 2019 edition"), (activity.Title, activity.Description, activity.Deliverable));
        var duplicate = Assert.Throws<DomainException>(() => workplan.AddActivity(Details(workplan, "Revise the\uFEFF CPMS")));
        Assert.Equal("DuplicateActivityTitle", duplicate.Code);
    }

    [Fact]
    public void OrganisationName_IsKeptPlain_AndComparedWithoutInvisibleCharacters()
    {
        var organisation = new Organisation("Kenya\0 Alliance\u202E for Children", "K\u200BAC\u0007", OrganisationType.NationalNgo, OrganisationScope.National, "KE", new DateOnly(2017, 2, 1));

        Assert.Equal(("Kenya Alliance for Children", "KAC"), (organisation.Name, organisation.Acronym));
        Assert.Equal(Organisation.NormalizeName("Kenya Alliance for Children"), Organisation.NormalizeName("Kenya\u200D Alliance for\u200B Children"));
    }

    [Fact]
    public void IndicatorNamesAndNotes_AreKeptPlain()
    {
        var plan = NewPlan();
        var objective = AddObjective(plan);

        var indicator = objective.AddRecordedIndicator(new LocalizedText("Seats\u202E held", "Sièges\0 occupés"), IndicatorUnit.Count, 0, Start, 4, Due);
        var value = indicator.RecordValue(Start, 1, "Counted\r\nby the\u202E secretariat", null, "Sam Diallo", Start);

        Assert.Equal(("Seats held", "Sièges occupés"), (indicator.NameEn, indicator.NameFr));
        Assert.Equal("Counted\nby the secretariat", value.Note);
    }

    [Fact]
    public void SeatRepresentative_IsKeptPlain()
    {
        var committee = NewCommittee();

        var tenure = committee.Assign(1, NewOrganisation(), "Grace\u202E Wanjiru\u0000", Start, Due);
        tenure.ChangeRepresentative("Joseph\u200B Otieno\r\n");

        Assert.Equal("Joseph Otieno", tenure.RepresentativeName);
    }
}
