using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations.SqlServer
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
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Id",
                table: "WorkingGroupCoLeads",
                type: "int",
                nullable: false,
                defaultValue: 0)
                .Annotation("SqlServer:Identity", "1, 1");

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "WorkingGroupCoLeads",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Since",
                table: "WorkingGroupCoLeads",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(2018, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "ClosedOn",
                table: "StrategicPlans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "KindId",
                table: "Objectives",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "ParentId",
                table: "Objectives",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "FinalOn",
                table: "Indicators",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "FinalValue",
                table: "Indicators",
                type: "decimal(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "FinalAchieved",
                table: "Commitments",
                type: "decimal(18,4)",
                precision: 18,
                scale: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FinalVerdict",
                table: "Commitments",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StrategicPlanId",
                table: "CategoriesOfWork",
                type: "int",
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
                    ActivityId = table.Column<int>(type: "int", nullable: false),
                    ObjectiveId = table.Column<int>(type: "int", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    NameFr = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GroupKinds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PlanElementKinds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StrategicPlanId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    NameEn = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    NameFr = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PluralEn = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PluralFr = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    IsCrossCutting = table.Column<bool>(type: "bit", nullable: false),
                    LabelledByCode = table.Column<bool>(type: "bit", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
SELECT Id, 'objective', 'Strategic objective', N'Objectif stratégique', 'Strategic objectives', N'Objectifs stratégiques', 0, 1, 1, NEWID() FROM StrategicPlans;");
            migrationBuilder.Sql(@"INSERT INTO PlanElementKinds (StrategicPlanId, Code, NameEn, NameFr, PluralEn, PluralFr, IsCrossCutting, LabelledByCode, SortOrder, Version)
SELECT Id, 'secondary-priority', 'Secondary priority', N'Priorité secondaire', 'Secondary priorities', N'Priorités secondaires', 1, 0, 2, NEWID() FROM StrategicPlans;");
            migrationBuilder.Sql(@"UPDATE Objectives SET KindId = (SELECT k.Id FROM PlanElementKinds k WHERE k.StrategicPlanId = Objectives.StrategicPlanId
AND k.Code = CASE Objectives.Kind WHEN 'SecondaryPriority' THEN 'secondary-priority' ELSE 'objective' END);");
            migrationBuilder.Sql(@"UPDATE CategoriesOfWork SET StrategicPlanId = (SELECT MIN(Id) FROM StrategicPlans);");
            // The kinds of group, until now an enum, become rows; each stored group keeps its kind.
            migrationBuilder.Sql(@"INSERT INTO GroupKinds (Code, NameEn, NameFr, SortOrder, Version) VALUES
('working-group', 'Working group', N'Groupe de travail', 1, NEWID()),
('task-force', 'Task force', N'Groupe thématique', 2, NEWID()),
('initiative', 'Initiative', N'Initiative', 3, NEWID());");
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
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Objectives",
                type: "nvarchar(40)",
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
