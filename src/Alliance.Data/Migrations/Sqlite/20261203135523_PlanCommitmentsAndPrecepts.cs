using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlanCommitmentsAndPrecepts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AdoptedOn",
                table: "StrategicPlans",
                type: "TEXT",
                nullable: false,
                // The only plan stored before plans had an adoption day is 2018–2020, endorsed on 9 March 2018.
                defaultValue: new DateOnly(2018, 3, 9));

            migrationBuilder.AddColumn<string>(
                name: "MissionEn",
                table: "StrategicPlans",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MissionFr",
                table: "StrategicPlans",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReferenceEn",
                table: "StrategicPlans",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReferenceFr",
                table: "StrategicPlans",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "StrategicPlans",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "InForce");

            migrationBuilder.CreateTable(
                name: "Commitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    StrategicPlanId = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Rule = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TextEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TextFr = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SharePercent = table.Column<double>(type: "REAL", nullable: true),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Commitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Commitments_StrategicPlans_StrategicPlanId",
                        column: x => x.StrategicPlanId,
                        principalTable: "StrategicPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlanPrecepts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TitleEn = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TitleFr = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TextEn = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    TextFr = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    StrategicPlanId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlanPrecepts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlanPrecepts_StrategicPlans_StrategicPlanId",
                        column: x => x.StrategicPlanId,
                        principalTable: "StrategicPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Commitments_StrategicPlanId_Code",
                table: "Commitments",
                columns: new[] { "StrategicPlanId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlanPrecepts_StrategicPlanId",
                table: "PlanPrecepts",
                column: "StrategicPlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Commitments");

            migrationBuilder.DropTable(
                name: "PlanPrecepts");

            migrationBuilder.DropColumn(
                name: "AdoptedOn",
                table: "StrategicPlans");

            migrationBuilder.DropColumn(
                name: "MissionEn",
                table: "StrategicPlans");

            migrationBuilder.DropColumn(
                name: "MissionFr",
                table: "StrategicPlans");

            migrationBuilder.DropColumn(
                name: "ReferenceEn",
                table: "StrategicPlans");

            migrationBuilder.DropColumn(
                name: "ReferenceFr",
                table: "StrategicPlans");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "StrategicPlans");
        }
    }
}
