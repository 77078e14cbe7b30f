using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations.SqlServer
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
                type: "date",
                nullable: false,
                // The only plan stored before plans had an adoption day is 2018–2020, endorsed on 9 March 2018.
                defaultValue: new DateOnly(2018, 3, 9));

            migrationBuilder.AddColumn<string>(
                name: "MissionEn",
                table: "StrategicPlans",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MissionFr",
                table: "StrategicPlans",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReferenceEn",
                table: "StrategicPlans",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReferenceFr",
                table: "StrategicPlans",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "StrategicPlans",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "InForce");

            migrationBuilder.CreateTable(
                name: "Commitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    StrategicPlanId = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Rule = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    TextEn = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    TextFr = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    SharePercent = table.Column<decimal>(type: "decimal(18,4)", precision: 18, scale: 4, nullable: true),
                    Since = table.Column<DateOnly>(type: "date", nullable: true),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TitleEn = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    TitleFr = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    TextEn = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    TextFr = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    StrategicPlanId = table.Column<int>(type: "int", nullable: false)
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
