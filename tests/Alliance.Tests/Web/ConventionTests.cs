using System.Reflection;
using System.Text.RegularExpressions;
using Alliance.Tests.Support;
using Alliance.Web.Features;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace Alliance.Tests.Web;

/// <summary>The project's conventions, checked on every run so that nobody breaks one by accident.</summary>
public sealed partial class ConventionTests
{
    private static readonly string[] s_staffPolicies = [PortalPolicies.Staff, PortalPolicies.Administrator];

    private static IReadOnlyList<string> PageNames { get; } = typeof(Alliance.Web.Features.Shared.ChangeWriter).Assembly.GetTypes()
        .Where(t => t.GetCustomAttributes<RouteAttribute>().Any())
        .Select(t => t.FullName!)
        .ToList();

    public static TheoryData<string> RoutablePages => new(PageNames);

    /// <summary>A member page must work with no websocket (decision 0002): only staff desks open a circuit.</summary>
    [Theory]
    [MemberData(nameof(RoutablePages))]
    public void EveryPage_IsStaticallyRendered_OrAStaffOnlyInteractivePage(string page)
    {
        var type = typeof(Alliance.Web.Features.Shared.ChangeWriter).Assembly.GetType(page)!;

        var isStatic = type.GetCustomAttribute<ExcludeFromInteractiveRoutingAttribute>() is not null;
        var isStaffOnly = type.GetCustomAttributes<AuthorizeAttribute>().Any(a => s_staffPolicies.Contains(a.Policy));

        Assert.True(isStatic || isStaffOnly, $"{type.Name} is interactive but open to everyone: mark it [ExcludeFromInteractiveRouting] or restrict it to staff.");
    }

    [Fact]
    public void TheConventionTest_FindsBothKindsOfPage()
    {
        var pages = PageNames;

        Assert.Contains(pages, p => p.EndsWith(".Home", StringComparison.Ordinal));
        Assert.Contains(pages, p => p.EndsWith(".ManageWorkplan", StringComparison.Ordinal));
        Assert.True(pages.Count > 20, $"Only {pages.Count} routable pages found.");
    }

    [Fact]
    public void EveryDecisionRecord_HasADateAndAStatus_AndIsIndexed()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "docs", "decisions");
        var index = File.ReadAllText(Path.Combine(folder, "README.md"));
        var records = Directory.GetFiles(folder, "0*.md").Select(Path.GetFileName).ToList();

        Assert.True(records.Count >= 10, "Too few decision records found.");
        Assert.All(records, name =>
        {
            var text = File.ReadAllText(Path.Combine(folder, name!));
            Assert.Matches(@"(?m)^Status: (proposed|accepted|superseded by \d{4}|deprecated)\s*$", text);
            Assert.Matches(@"(?m)^Date: \d{4}-\d{2}-\d{2}\s*$", text);
            Assert.Contains($"]({name})", index, StringComparison.Ordinal);
        });
    }

    /// <summary>Every file of the repository refers only to documents the repository has: a relative link resolves, and no outside brief is named.</summary>
    [Fact]
    public void EveryExplicitTransaction_RunsInsideTheExecutionStrategy()
    {
        // SQL Server retries transient faults; a transaction begun outside the strategy is refused there.
        // The two places that begin one: the audited save (Data) and Change.InTransactionAsync (the write path).
        var allowed = new[] { "src/Alliance.Data/AllianceDbContext.cs", "src/Alliance.Data/SqliteAllianceDbContext.cs", "src/Alliance.Web/Features/Shared/ChangeWriter.cs" };
        var offenders = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f).Replace('\\', '/'))
            .Where(f => !allowed.Contains(f) && File.ReadAllText(Path.Combine(RepositoryPaths.Root, f)).Contains("BeginTransaction", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void NoFile_RefersToADocumentOutsideTheRepository()
    {
        var problems = new List<string>();
        foreach (var file in RepositoryFiles())
        {
            var text = File.ReadAllText(file);
            var relative = Path.GetRelativePath(RepositoryPaths.Root, file);
            foreach (Match outside in OutsideDocument().Matches(text))
            {
                problems.Add($"{relative} names {outside.Value}");
            }
            if (!file.EndsWith(".md", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (Match link in MarkdownLink().Matches(text))
            {
                var target = link.Groups[1].Value.Split('#')[0];
                if (target.Length > 0 && !File.Exists(Path.Combine(Path.GetDirectoryName(file)!, target)) && !Directory.Exists(Path.Combine(Path.GetDirectoryName(file)!, target)))
                {
                    problems.Add($"{relative} links to {target}, which does not exist");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static IEnumerable<string> RepositoryFiles()
    {
        string[] skipped = ["bin", "obj", ".git", "artifacts", "node_modules", "Migrations", "App_Data"];
        string[] kinds = [".md", ".cs", ".razor", ".json", ".yml", ".props", ".csproj", ".sh"];
        var pending = new Stack<string>([RepositoryPaths.Root]);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            foreach (var sub in Directory.GetDirectories(folder).Where(d => !skipped.Contains(Path.GetFileName(d))))
            {
                pending.Push(sub);
            }
            foreach (var file in Directory.GetFiles(folder).Where(f => kinds.Contains(Path.GetExtension(f)) || Path.GetFileName(f) == "run"))
            {
                yield return file;
            }
        }
    }

    // The briefs the team reads beside the checkout; the repository must stand on its own.
    [GeneratedRegex(@"\b(DESIGN|HOUSE-STYLE|STACK-NOTES)\.md\b|\.\./shared/")]
    private static partial Regex OutsideDocument();

    [GeneratedRegex(@"\]\((?!https?:|mailto:|#|<)([^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
