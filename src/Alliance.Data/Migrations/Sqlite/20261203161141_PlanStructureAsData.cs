using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanStructureAsData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_WorkingGroupCoLeads",
                table: "WorkingGroupCoLeads");

            migrationBuilder.DropIndex(
                name: "IX_CategoriesOfWork_Code",
                table: "CategoriesOfWork");

            migrationBuilder.AddColumn<int>(
                name: "KindId",
                table: "WorkingGroups",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Id",
                table: "WorkingGroupCoLeads",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0)
                .Annotation("Sqlite:Autoincrement", true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "WorkingGroupCoLeads",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Since",
                table: "WorkingGroupCoLeads",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(2018, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "StrategicPlans",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "KindId",
                table: "Objectives",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ParentId",
                table: "Objectives",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FinalOn",
                table: "Indicators",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "FinalValue",
                table: "Indicators",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "FinalAchieved",
                table: "Commitments",
                type: "REAL",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FinalVerdict",
                table: "Commitments",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StrategicPlanId",
                table: "CategoriesOfWork",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddPrimaryKey(
                name: "PK_WorkingGroupCoLeads",
                table: "WorkingGroupCoLeads",
                column: "Id");

            migrationBuilder.CreateTable(
                name: "ActivityContributions",
                columns: table => new
                {
                    ActivityId = table.Column<int>(type: "INTEGER", nullable: false),
                    ObjectiveId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActivityContributions", x => new { x.ActivityId, x.ObjectiveId });
                    table.ForeignKey(
                        name: "FK_ActivityContributions_Activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "Activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ActivityContributions_Objectives_ObjectiveId",
                        column: x => x.ObjectiveId,
                        principalTable: "Objectives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "GroupKinds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameFr = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupKinds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanElementKinds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StrategicPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameFr = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PluralEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PluralFr = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IsCrossCutting = table.Column<bool>(type: "INTEGER", nullable: false),
                    LabelledByCode = table.Column<bool>(type: "INTEGER", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanElementKinds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanElementKinds_StrategicPlans_StrategicPlanId",
                        column: x => x.StrategicPlanId,
                        principalTable: "StrategicPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkingGroups_KindId",
                table: "WorkingGroups",
                column: "KindId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkingGroupCoLeads_OneOpenTerm",
                table: "WorkingGroupCoLeads",
                columns: new[] { "WorkingGroupId", "OrganisationId" },
                unique: true,
                filter: "[EndedOn] IS NULL");

            migrationBuilder.AddCheckConstraint(
                name: "CK_WorkingGroupCoLeads_EndAfterStart",
                table: "WorkingGroupCoLeads",
                sql: "\"EndedOn\" IS NULL OR \"EndedOn\" > \"Since\"");

            migrationBuilder.CreateIndex(
                name: "IX_StrategicPlans_OneInForce",
                table: "StrategicPlans",
                column: "Status",
                unique: true,
                filter: "[Status] = 'InForce'");

            // The kinds the code used to fix (strategic objective, secondary priority) become each plan's own data,
            // and the categories of work, until now shared, belong to the one plan stored before plans had their own.
            // Co-leads stored before they had dates are taken to have co-led since the 2018–2020 plan began.
            migrationBuilder.Sql(@"INSERT INTO PlanElementKinds (StrategicPlanId, Code, NameEn, NameFr, PluralEn, PluralFr, IsCrossCutting, LabelledByCode, SortOrder, Version)
SELECT Id, 'objective', 'Strategic objective', 'Objectif stratégique', 'Strategic objectives', 'Objectifs stratégiques', 0, 1, 1, lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) FROM StrategicPlans;");
            migrationBuilder.Sql(@"INSERT INTO PlanElementKinds (StrategicPlanId, Code, NameEn, NameFr, PluralEn, PluralFr, IsCrossCutting, LabelledByCode, SortOrder, Version)
SELECT Id, 'secondary-priority', 'Secondary priority', 'Priorité secondaire', 'Secondary priorities', 'Priorités secondaires', 1, 0, 2, lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) FROM StrategicPlans;");
            migrationBuilder.Sql(@"UPDATE Objectives SET KindId = (SELECT k.Id FROM PlanElementKinds k WHERE k.StrategicPlanId = Objectives.StrategicPlanId
AND k.Code = CASE Objectives.Kind WHEN 'SecondaryPriority' THEN 'secondary-priority' ELSE 'objective' END);");
            migrationBuilder.Sql(@"UPDATE CategoriesOfWork SET StrategicPlanId = (SELECT MIN(Id) FROM StrategicPlans);");
            // The kinds of group, until now an enum, become rows; each stored group keeps its kind.
            migrationBuilder.Sql(@"INSERT INTO GroupKinds (Code, NameEn, NameFr, SortOrder, Version) VALUES
('working-group', 'Working group', 'Groupe de travail', 1, lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
('task-force', 'Task force', 'Groupe thématique', 2, lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))),
('initiative', 'Initiative', 'Initiative', 3, lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))));");
            migrationBuilder.Sql(@"UPDATE WorkingGroups SET KindId = (SELECT k.Id FROM GroupKinds k
WHERE k.Code = CASE WorkingGroups.Kind WHEN 'TaskForce' THEN 'task-force' ELSE 'working-group' END);");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Objectives");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "WorkingGroups");

            migrationBuilder.CreateIndex(
                name: "IX_Objectives_KindId",
                table: "Objectives",
                column: "KindId");

            migrationBuilder.CreateIndex(
                name: "IX_Objectives_ParentId",
                table: "Objectives",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_CategoriesOfWork_StrategicPlanId_Code",
                table: "CategoriesOfWork",
                columns: new[] { "StrategicPlanId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ActivityContributions_ObjectiveId",
                table: "ActivityContributions",
                column: "ObjectiveId");

            migrationBuilder.CreateIndex(
                name: "IX_GroupKinds_Code",
                table: "GroupKinds",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanElementKinds_StrategicPlanId_Code",
                table: "PlanElementKinds",
                columns: new[] { "StrategicPlanId", "Code" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_CategoriesOfWork_StrategicPlans_StrategicPlanId",
                table: "CategoriesOfWork",
                column: "StrategicPlanId",
                principalTable: "StrategicPlans",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Objectives_Objectives_ParentId",
                table: "Objectives",
                column: "ParentId",
                principalTable: "Objectives",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Objectives_PlanElementKinds_KindId",
                table: "Objectives",
                column: "KindId",
                principalTable: "PlanElementKinds",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_WorkingGroups_GroupKinds_KindId",
                table: "WorkingGroups",
                column: "KindId",
                principalTable: "GroupKinds",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CategoriesOfWork_StrategicPlans_StrategicPlanId",
                table: "CategoriesOfWork");

            migrationBuilder.DropForeignKey(
                name: "FK_Objectives_Objectives_ParentId",
                table: "Objectives");

            migrationBuilder.DropForeignKey(
                name: "FK_Objectives_PlanElementKinds_KindId",
                table: "Objectives");

            migrationBuilder.DropForeignKey(
                name: "FK_WorkingGroups_GroupKinds_KindId",
                table: "WorkingGroups");

            migrationBuilder.DropTable(
                name: "ActivityContributions");

            migrationBuilder.DropTable(
                name: "GroupKinds");

            migrationBuilder.DropTable(
                name: "PlanElementKinds");

            migrationBuilder.DropIndex(
                name: "IX_WorkingGroups_KindId",
                table: "WorkingGroups");

            migrationBuilder.DropPrimaryKey(
                name: "PK_WorkingGroupCoLeads",
                table: "WorkingGroupCoLeads");

            migrationBuilder.DropIndex(
                name: "IX_WorkingGroupCoLeads_OneOpenTerm",
                table: "WorkingGroupCoLeads");

            migrationBuilder.DropCheckConstraint(
                name: "CK_WorkingGroupCoLeads_EndAfterStart",
                table: "WorkingGroupCoLeads");

            migrationBuilder.DropIndex(
                name: "IX_StrategicPlans_OneInForce",
                table: "StrategicPlans");

            migrationBuilder.DropIndex(
                name: "IX_Objectives_KindId",
                table: "Objectives");

            migrationBuilder.DropIndex(
                name: "IX_Objectives_ParentId",
                table: "Objectives");

            migrationBuilder.DropIndex(
                name: "IX_CategoriesOfWork_StrategicPlanId_Code",
                table: "CategoriesOfWork");

            migrationBuilder.DropColumn(
                name: "KindId",
                table: "WorkingGroups");

            migrationBuilder.DropColumn(
                name: "Id",
                table: "WorkingGroupCoLeads");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "WorkingGroupCoLeads");

            migrationBuilder.DropColumn(
                name: "Since",
                table: "WorkingGroupCoLeads");

            migrationBuilder.DropColumn(
                name: "ClosedOn",
                table: "StrategicPlans");

            migrationBuilder.DropColumn(
                name: "KindId",
                table: "Objectives");

            migrationBuilder.DropColumn(
                name: "ParentId",
                table: "Objectives");

            migrationBuilder.DropColumn(
                name: "FinalOn",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "FinalValue",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "FinalAchieved",
                table: "Commitments");

            migrationBuilder.DropColumn(
                name: "FinalVerdict",
                table: "Commitments");

            migrationBuilder.DropColumn(
                name: "StrategicPlanId",
                table: "CategoriesOfWork");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "WorkingGroups",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Objectives",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "PK_WorkingGroupCoLeads",
                table: "WorkingGroupCoLeads",
                columns: new[] { "WorkingGroupId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_CategoriesOfWork_Code",
                table: "CategoriesOfWork",
                column: "Code",
                unique: true);
        }
    }
}
