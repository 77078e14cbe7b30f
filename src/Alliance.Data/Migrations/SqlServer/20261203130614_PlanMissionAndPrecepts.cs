using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Alliance.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PlanMissionAndPrecepts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "IX_PlanPrecepts_StrategicPlanId",
                table: "PlanPrecepts",
                column: "StrategicPlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlanPrecepts");

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
        }
    }
}
