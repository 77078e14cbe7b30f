using Alliance.Data.Concurrency;
using Alliance.Domain.Members;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Alliance.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(Organisation.NameMaxLength).IsRequired();
        builder.Property(o => o.Acronym).HasMaxLength(Organisation.AcronymMaxLength);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.Scope).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.CountryCode).HasMaxLength(2).IsFixedLength();
        builder.Property(o => o.NormalizedName).HasMaxLength(Organisation.NameMaxLength).IsRequired();
        // Compared normalised, so that "Save the Children" and "SAVE THE  CHILDREN" clash on every
        // provider, whatever its collation.
        builder.HasIndex(o => o.NormalizedName).IsUnique();
        builder.HasIndex(o => o.Name);
        builder.HasIndex(o => o.JoinedOn);
        builder.Ignore(o => o.IsLocalOrNational);
        builder.Ignore(o => o.IsLocalNationalOrRegional);
        builder.Ignore(o => o.IsNewMember);
        builder.Ignore(o => o.DisplayName);
        builder.HasVersion();
    }
}
