using System.ComponentModel.DataAnnotations;

namespace Alliance.Web.Components.Account.Shared;

/// <summary>A password chosen from a mailed link; its rules (length, nothing guessable) are Identity's, reported on submit.</summary>
public sealed class NewPasswordInput
{
    [Required(ErrorMessage = "NewPasswordRequired")]
    [StringLength(100, ErrorMessage = "NewPasswordTooLong")]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "ConfirmPasswordMismatch")]
    public string ConfirmPassword { get; set; } = "";
}
