using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndicatorDefinitionsCommitmentRulesAndActivityFates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Frequency",
                table: "Indicators",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MethodEn",
                table: "Indicators",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MethodFr",
                table: "Indicators",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportedByEn",
                table: "Indicators",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportedByFr",
                table: "Indicators",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceEn",
                table: "Indicators",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceFr",
                table: "Indicators",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ElementId",
                table: "Commitments",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "CarriedFromId",
                table: "Activities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Disposition",
                table: "Activities",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DispositionReason",
                table: "Activities",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "IndicatorMilestones",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Value = table.Column<double>(type: "REAL", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorMilestones", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorMilestones_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorRebaselines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    OldBaseline = table.Column<double>(type: "REAL", nullable: false),
                    OldBaselineDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OldTarget = table.Column<double>(type: "REAL", nullable: false),
                    OldTargetDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NewBaseline = table.Column<double>(type: "REAL", nullable: false),
                    NewBaselineDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NewTarget = table.Column<double>(type: "REAL", nullable: false),
                    NewTargetDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ChangedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorRebaselines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorRebaselines_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_ElementId",
                table: "Commitments",
                column: "ElementId");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_CarriedFromId",
                table: "Activities",
                column: "CarriedFromId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorMilestones_IndicatorId_Date",
                table: "IndicatorMilestones",
                columns: new[] { "IndicatorId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorRebaselines_IndicatorId_ChangedOn",
                table: "IndicatorRebaselines",
                columns: new[] { "IndicatorId", "ChangedOn" });

            migrationBuilder.AddForeignKey(
                name: "FK_Activities_Activities_CarriedFromId",
                table: "Activities",
                column: "CarriedFromId",
                principalTable: "Activities",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Commitments_Objectives_ElementId",
                table: "Commitments",
                column: "ElementId",
                principalTable: "Objectives",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Activities_Activities_CarriedFromId",
                table: "Activities");

            migrationBuilder.DropForeignKey(
                name: "FK_Commitments_Objectives_ElementId",
                table: "Commitments");

            migrationBuilder.DropTable(
                name: "IndicatorMilestones");

            migrationBuilder.DropTable(
                name: "IndicatorRebaselines");

            migrationBuilder.DropIndex(
                name: "IX_Commitments_ElementId",
                table: "Commitments");

            migrationBuilder.DropIndex(
                name: "IX_Activities_CarriedFromId",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "Frequency",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "MethodEn",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "MethodFr",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "ReportedByEn",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "ReportedByFr",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "SourceEn",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "SourceFr",
                table: "Indicators");

            migrationBuilder.DropColumn(
                name: "ElementId",
                table: "Commitments");

            migrationBuilder.DropColumn(
                name: "CarriedFromId",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "Disposition",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "DispositionReason",
                table: "Activities");
        }
    }
}
