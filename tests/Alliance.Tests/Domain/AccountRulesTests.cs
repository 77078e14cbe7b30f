using Alliance.Data.Seeding;
using Alliance.Domain;
using Alliance.Domain.Accounts;

namespace Alliance.Tests.Domain;

/// <summary>A display name is a person's own name (decision 0014): plain text, and never a role's or a body's.</summary>
public class AccountRulesTests
{
    [Theory]
    [InlineData("Secretariat Office", "secretariat")]
    [InlineData("secretariat", "secretariat")]
    [InlineData("Sam Sow (secretariat)", "secretariat")]
    [InlineData("SECRÉTARIAT de l'Alliance", "secretariat")]
    [InlineData("Secretariat\u200B", "secretariat")]
    [InlineData("Secre\u200Btariat", "secretariat")]
    [InlineData("Ada Admin", "admin")]
    [InlineData("ＡＤＭＩＮ", "admin")]
    [InlineData("Portal Administrator", "administrator")]
    [InlineData("Administratrice réseau", "administratrice")]
    [InlineData("The Steering Committee", "steering committee")]
    [InlineData("steering-committee chair", "steering committee")]
    [InlineData("Comite Directeur", "comité directeur")]
    [InlineData("Comité de pilotage", "comité de pilotage")]
    [InlineData("System", "system")]
    [InlineData("Le système", "système")]
    [InlineData("portail", "portail")]
    public void DisplayName_ThatImpersonatesARoleOrABody_IsRefused_NamingTheWord(string name, string word)
    {
        var problem = Assert.Throws<DomainException>(() => AccountRules.DisplayName(name));

        Assert.Equal(("ReservedDisplayName", "DisplayName"), (problem.Code, problem.Field));
        Assert.Equal(new object[] { word }, problem.Arguments);
    }

    [Theory]
    [InlineData("Sam Diallo")]
    [InlineData("Léa Lead (CPMS WG)")]
    [InlineData("Adminah Yusuf")]
    [InlineData("Systems analyst")]
    [InlineData("Committee Smith")]
    [InlineData("فاطمة الزهراء")]
    public void DisplayName_OfAPerson_IsKept(string name)
    {
        Assert.Equal(name, AccountRules.DisplayName(name));
    }

    [Fact]
    public void DisplayName_IsKeptAsPlainText_InNfc()
    {
        Assert.Equal("Léa Diallo", AccountRules.DisplayName(" Le\u0301a\u202E Diallo\0 "));
    }

    [Fact]
    public void DisplayName_OfNothingButHiddenCharacters_IsRequired()
    {
        var problem = Assert.Throws<DomainException>(() => AccountRules.DisplayName("\u202E\u200B"));

        Assert.Equal(("Required", "DisplayName"), (problem.Code, problem.Field));
    }

    [Fact]
    public void DisplayName_StoredBeforeTheRule_IsJudgedWhenItChanges_NotWhenTheAccountIsSavedForAnotherReason()
    {
        Assert.Equal("Administrator", AccountRules.DisplayName("Administrator", storedDisplayName: "Administrator"));
        Assert.Throws<DomainException>(() => AccountRules.DisplayName("Administrator Two", storedDisplayName: "Administrator"));
    }

    [Fact]
    public void ProblemsWith_ReportsAnImpersonatingName_OnTheDisplayName_WithTheOtherProblems()
    {
        var problems = AccountRules.ProblemsWith("Secretariat Office", new HashSet<string>(), new HashSet<int>());

        Assert.Equal(new (string, string?)[] { ("ReservedDisplayName", "DisplayName"), ("AccountNeedsRole", "Roles") }, problems.Select(p => (p.Code, p.Field)));
    }

    [Fact]
    public void EveryReservedName_SaysWhy_AndIsFoundInANameOfItsOwn()
    {
        Assert.All(AccountRules.ReservedNames, reserved =>
        {
            Assert.False(string.IsNullOrWhiteSpace(reserved.StandsFor));
            Assert.Same(reserved, AccountRules.ReservedNameIn($"Jo {reserved.Words.ToUpperInvariant()} Ba"));
            Assert.Null(AccountRules.ReservedNameIn($"Jo {reserved.Words.Replace(" ", "", StringComparison.Ordinal)}s Ba"));
        });
    }

    [Fact]
    public void EveryDemoAccountName_IsAPersonsName()
    {
        Assert.All(DatabaseInitializer.DemoAccounts, account => Assert.Null(AccountRules.ReservedNameIn(account.DisplayName)));
    }
}
