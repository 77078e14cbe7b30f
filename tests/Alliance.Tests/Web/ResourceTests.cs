using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Alliance.Domain;
using Alliance.Domain.Accounts;
using Alliance.Tests.Support;
using Alliance.Web.Features.Audit;
using Alliance.Web.Localization;
using Alliance.Web.Resources;

namespace Alliance.Tests.Web;

/// <summary>Every user-facing string exists in English and in French.</summary>
public sealed partial class ResourceTests
{
    /// <summary>Every resource marker of the portal: a class in <c>Alliance.Web.Resources</c> with its .resx files.</summary>
    public static TheoryData<string> ResourceTypes => new(Markers);

    private static IEnumerable<string> Markers => typeof(SharedStrings).Assembly.GetTypes()
        .Where(t => t.Namespace == typeof(SharedStrings).Namespace && t.IsClass && t.IsPublic)
        .Select(t => t.FullName!);

    [Fact]
    public void TheResourceScan_FindsEveryMarker() =>
        Assert.Superset(new HashSet<string> { typeof(SharedStrings).FullName!, typeof(AuditStrings).FullName!, typeof(AccountStrings).FullName! }, Markers.ToHashSet());

    [Theory]
    [MemberData(nameof(ResourceTypes))]
    public void EveryEnglishString_HasAFrenchTranslation_WithTheSamePlaceholders(string resourceType)
    {
        var (english, french) = Load(Type.GetType($"{resourceType}, Alliance.Web", throwOnError: true)!);

        Assert.NotEmpty(english);
        var missing = english.Keys.Where(k => !french.TryGetValue(k, out var fr) || string.IsNullOrWhiteSpace(fr)).ToList();
        Assert.True(missing.Count == 0, $"No French for: {string.Join(", ", missing)}");
        var extra = french.Keys.Except(english.Keys).ToList();
        Assert.True(extra.Count == 0, $"French only: {string.Join(", ", extra)}");
        foreach (var (key, value) in english)
        {
            Assert.True(Placeholders(value).SetEquals(Placeholders(french[key])), $"Placeholders differ for {key}");
        }
    }

    [Fact]
    public void EveryDomainEnumValue_HasAName()
    {
        var (english, _) = Load(typeof(SharedStrings));
        var enums = typeof(DomainException).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic);

        var missing = enums.SelectMany(e => Enum.GetNames(e).Select(v => $"{e.Name}_{v}")).Where(k => !english.ContainsKey(k)).ToList();

        Assert.True(missing.Count == 0, $"Missing: {string.Join(", ", missing)}");
    }

    [Fact]
    public void EveryRole_HasAName()
    {
        var (english, _) = Load(typeof(SharedStrings));

        Assert.All(AllianceRoles.All, role => Assert.True(english.ContainsKey($"Role_{role}"), role));
    }

    [Fact]
    public void EveryDomainRule_HasAMessage_AndEveryFieldItNames_HasAName()
    {
        var (english, _) = Load(typeof(SharedStrings));
        var source = string.Join("\n", Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src", "Alliance.Domain"), "*.cs", SearchOption.AllDirectories)
            .Select(File.ReadAllText));

        var codes = DomainErrorCode().Matches(source).Select(m => m.Groups[1].Value).Distinct().ToList();
        // Every field a rule names: by nameof or by literal, in a Guard call, a Field initialiser or a FieldName argument.
        var fields = source.Split('\n').Where(line => FieldLine().IsMatch(line))
            .SelectMany(line => NamedField().Matches(line).Select(m => m.Groups.Values.Skip(1).First(g => g.Success).Value))
            .Distinct().ToList();

        Assert.True(codes.Count > 20, "The scan of the domain found too few rules: has the pattern changed?");
        Assert.True(fields.Count > 40, $"The scan of the domain found too few fields ({fields.Count}): has the pattern changed?");
        var missing = codes.Select(c => $"DomainError_{c}").Concat(fields.Select(LocalizerExtensions.FieldKey))
            .Where(k => !english.ContainsKey(k)).ToList();
        Assert.True(missing.Count == 0, $"Missing: {string.Join(", ", missing)}");
    }

    [Fact]
    public void EveryAuditAction_HasWords_WithItsPlaceholders()
    {
        var (english, _) = Load(typeof(AuditStrings));

        Assert.True(AuditActions.All.Count > 25, "The list of audit actions is too short: has the scan changed?");
        foreach (var (name, action) in AuditActions.All)
        {
            Assert.True(english.TryGetValue($"Action_{name}", out var words), $"No words for the audit action {name}");
            Assert.True(Placeholders(words).SetEquals(Placeholders(action.Template)), $"Placeholders differ for the audit action {name}");
        }
    }

    [Fact]
    public void EveryColumnTheAuditTrailShows_HasAName()
    {
        var (english, _) = Load(typeof(SharedStrings));
        using var database = new SqliteTestDatabase();
        using var db = database.CreateContext();

        var fields = Alliance.Data.Auditing.AuditEntity.Fields(db.Model);
        var missing = fields.Select(LocalizerExtensions.FieldKey).Where(k => !english.ContainsKey(k)).ToList();

        Assert.True(fields.Count > 40, $"Too few columns found ({fields.Count})");
        Assert.True(missing.Count == 0, $"Missing: {string.Join(" ", missing)}");
    }

    private static (Dictionary<string, string> English, Dictionary<string, string> French) Load(Type marker)
    {
        var manager = new ResourceManager(marker);
        return (Read(manager, CultureInfo.InvariantCulture), Read(manager, new CultureInfo("fr")));
    }

    private static Dictionary<string, string> Read(ResourceManager manager, CultureInfo culture) =>
        manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static HashSet<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"new DomainException\(\s*""(\w+)""")]
    private static partial Regex DomainErrorCode();

    [GeneratedRegex(@"Guard\.|Field = |new FieldName\(|EnsureInRange\(")]
    private static partial Regex FieldLine();

    [GeneratedRegex(@"nameof\((?:\w+\.)*(\w+)\)|Field = ""(\w+)""|Guard\.\w+\([^,]+,\s*""(\w+)""")]
    private static partial Regex NamedField();
}
