using Alliance.Domain;
using Alliance.Domain.Workplans;
using Alliance.Web.Features.Shared;
using Alliance.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Alliance.Tests.Web.Shared;

/// <summary>The one way posted text is read, and the one way a broken rule reaches a form.</summary>
public sealed class PostedTextTests
{
    private static readonly IStringLocalizer<SharedStrings> s_strings = new StringLocalizer<SharedStrings>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    [Theory]
    [InlineData("2020-12-31", true)]
    [InlineData(" 2020-12-31 ", true)]
    [InlineData("12/31/2020", true)]
    [InlineData("2020-02-30", false)]
    [InlineData("tomorrow", false)]
    [InlineData("", false)]
    public void Date_ReadsIsoOrTheUsersFormat_AndOtherwiseSaysWhy(string typed, bool read)
    {
        var errors = new FormErrors(s_strings);

        var date = PostedText.Date(typed, "DueDate", errors);

        Assert.Equal(read, date == new DateOnly(2020, 12, 31));
        Assert.Equal(!read, errors.Has("DueDate"));
    }

    [Theory]
    [InlineData("OnTrack", ActivityStatus.OnTrack)]
    [InlineData("ontrack", ActivityStatus.OnTrack)]
    [InlineData("1", null)]
    [InlineData("OnTrack,AtRisk", null)]
    [InlineData(null, null)]
    public void Choice_TakesOnlyAName_NeverANumberOrACombination(string? typed, ActivityStatus? expected)
    {
        var errors = new FormErrors(s_strings);

        var status = PostedText.Choice<ActivityStatus>(typed, "Status", errors, "Choose a status.");

        Assert.Equal(expected, status);
        Assert.Equal(expected is null, errors.Has("Status"));
    }

    [Theory]
    [InlineData("12.5", 12.5)]
    [InlineData("42", 42.0)]
    [InlineData("twelve", null)]
    public void Number_ReadsWithADot(string typed, double? expected)
    {
        var errors = new FormErrors(s_strings);

        Assert.Equal(expected is null ? null : (decimal)expected.Value, PostedText.Number(typed, "Value", errors));
        Assert.Equal(expected is null, errors.Has("Value"));
    }

    [Fact]
    public void TryApply_PutsTheDomainsMessageBesideTheInputTheFormNames_AndKeepsTheFirstMessage()
    {
        var errors = new FormErrors(s_strings);
        errors.Add("OrganisationId", "Typed first.");

        var applied = errors.TryApply(() => throw new DomainException("Required", "{0} is required.", new FieldName("Title")) { Field = "Title" }, new RenamingForm());

        Assert.False(applied);
        Assert.Equal("Title is required.", errors.ToDictionary()["Heading"]);
        Assert.False(errors.TryApply(() => throw new DomainException("X", "Second.") { Field = "Organisation" }, new RenamingForm()));
        Assert.Equal("Typed first.", errors.ToDictionary()["OrganisationId"]);
    }

    [Fact]
    public void TryApply_WithNoForm_PutsEveryMessageOnTheChangeAsAWhole()
    {
        var errors = new FormErrors(s_strings);

        errors.TryApply(() => throw new DomainException("Required", "{0} is required.", new FieldName("Title")) { Field = "Title" }, IChangeForm.None);

        Assert.Equal([FormErrors.Form], errors.ToDictionary().Keys);
    }

    private sealed class RenamingForm : IChangeForm
    {
        public string InputFor(string field) => field switch
        {
            "Title" => "Heading",
            "Organisation" => "OrganisationId",
            _ => field,
        };
    }
}
