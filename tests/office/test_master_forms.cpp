// The master workbook and the bidang forms, made through the CLI and the menu in a real
// office: the master's sheets against src/core's layout, the forms' cells against values written
// out by hand; bad agreements leave no master behind.
#include <doctest/doctest.h>

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/sheet/ValidationType.hpp>
#include <com/sun/star/util/CellProtection.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/drawing/XDrawPagesSupplier.hpp>
#include <com/sun/star/view/XSelectionSupplier.hpp>
#include <com/sun/star/sheet/XSpreadsheetView.hpp>
#include <com/sun/star/sheet/XCellRangeAddressable.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/ucb/XSimpleFileAccess.hpp>
#include <com/sun/star/util/XMacroExpander.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <fstream>

#include "core/form.hpp"
#include "core/master_layout.hpp"
#include "core/master_settings.hpp"
#include "csv_fixture.hpp"
#include "office/file_url.hpp"
#include "office/profile.hpp"
#include "office_fixture.hpp"
#include "pull_fixture.hpp"
#include "unobase/grid_io.hpp"

using namespace kinerja::test;
using namespace kinerja;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {


const std::string sample_csv = sample_path("perjanjian-kinerja-2023.csv");

void check_same_agreement(const core::Agreement& got, const core::Agreement& want) {
  REQUIRE(got.indicators.size() == want.indicators.size());
  for (std::size_t i = 0; i < want.indicators.size(); ++i) {
    const core::Indicator& a = got.indicators[i];
    const core::Indicator& b = want.indicators[i];
    CAPTURE(b.code);
    CHECK(a.code == b.code);
    CHECK(a.division == b.division);
    CHECK(a.goal == b.goal);
    CHECK(a.name == b.name);
    CHECK(a.unit == b.unit);
    CHECK(a.polarity == b.polarity);
    CHECK(a.aggregation == b.aggregation);
    CHECK(a.target_kind == b.target_kind);
    CHECK(a.annual_target == b.annual_target);
    CHECK(a.quarter_targets == b.quarter_targets);
  }
}

// What the forms made from the sample agreement (templates/example-2023/perjanjian-kinerja-2023.csv)
// hold, written out by hand. Per quarter q = 1..4: Target TW is t(q), Target s.d. TW is c(q)
// (docs/rules.md, Rollups): per_tw gives t(q) and c(q) combines t(1..q) by the aggregation;
// kumulatif gives c(q), and t(q) = c(q) for `last`.
struct IndicatorRow {
  const char* code;
  const char* name;
  std::array<const char*, 4> target_quarter;  // t(1..4); "" where the agreement has none
  std::array<const char*, 4> target_to_date;  // c(1..4)
};

struct DivisionForm {
  const char* division;
  const char* file_part;  // the division in the file name
  // The indicator codes' checksum: FNV-1a 64 over the codes, each followed by '\n'
  // (src/core/checksum.hpp), worked out once outside Kinerja:
  //   python3 -c 'h = 0xcbf29ce484222325
  //   for b in b"SEK-01\nSEK-02\nSEK-03\n": h = (h ^ b) * 0x100000001b3 % 2**64
  //   print("%016x" % h)'
  // (the same loop gives cbf29ce484222325 for b"" and af63dc4c8601ec8c for b"a", as the unit tests say).
  const char* checksum;
  std::vector<IndicatorRow> rows;
};

const std::vector<DivisionForm>& sample_forms() {
  static const std::vector<DivisionForm> forms = {
      {"Sekretariat",
       "Sekretariat",
       "58600a3032043af5",
       {
           // last, per_tw 100 each quarter: c(q) = the last of t(1..q) = 100.
           {"SEK-01", "Persentase laporan kinerja dan keuangan yang disusun tepat waktu",
            {"100", "100", "100", "100"}, {"100", "100", "100", "100"}},
           // last, per_tw, only TW IV (70): nothing before it.
           {"SEK-02", "Nilai evaluasi SAKIP perangkat daerah", {"", "", "", "70"}, {"", "", "", "70"}},
           // last, kumulatif 20, 45, 70, 95: t(q) = c(q).
           {"SEK-03", "Persentase realisasi anggaran", {"20", "45", "70", "95"}, {"20", "45", "70", "95"}},
       }},
      {"Bidang Penegakan Perundang-undangan Daerah",
       "Bidang-Penegakan-Perundang-undangan-Daerah",
       "a3e7428c8b6749b9",  // over "PPUD-01\nPPUD-02\nPPUD-03\nPPUD-04\n"
       {
           // last, per_tw 90 each quarter.
           {"PPUD-01", "Persentase penegakan Perda dan Perkada yang ditindaklanjuti", {"90", "90", "90", "90"},
            {"90", "90", "90", "90"}},
           // sum, per_tw 30 each quarter: 30, 30 + 30, ...
           {"PPUD-02", "Jumlah pelanggaran Perda yang ditindak", {"30", "30", "30", "30"}, {"30", "60", "90", "120"}},
           // sum, per_tw 6 each quarter.
           {"PPUD-03", "Jumlah sosialisasi Perda kepada masyarakat", {"6", "6", "6", "6"}, {"6", "12", "18", "24"}},
           // sum, per_tw 50 each quarter (negative: the targets add up the same).
           {"PPUD-04", "Jumlah pelanggaran Perda yang terjadi", {"50", "50", "50", "50"}, {"50", "100", "150", "200"}},
       }},
      {"Bidang Ketertiban Umum dan Ketenteraman Masyarakat",
       "Bidang-Ketertiban-Umum-dan-Ketenteraman-Masyarakat",
       "d33b1c2773d35fb1",  // over "TIBUM-01\nTIBUM-02\nTIBUM-03\nTIBUM-04\n"
       {
           // average, per_tw 95 each quarter: the average of 95s is 95.
           {"TIBUM-01", "Persentase gangguan trantibum yang diselesaikan", {"95", "95", "95", "95"},
            {"95", "95", "95", "95"}},
           // sum, per_tw 120 each quarter.
           {"TIBUM-02", "Jumlah patroli wilayah", {"120", "120", "120", "120"}, {"120", "240", "360", "480"}},
           // average, per_tw 24 each quarter.
           {"TIBUM-03", "Waktu tanggap pengaduan masyarakat", {"24", "24", "24", "24"}, {"24", "24", "24", "24"}},
           // sum, per_tw 15 each quarter.
           {"TIBUM-04", "Jumlah kejadian gangguan trantibum", {"15", "15", "15", "15"}, {"15", "30", "45", "60"}},
       }},
      {"Bidang Perlindungan Masyarakat",
       "Bidang-Perlindungan-Masyarakat",
       "7836f6e4016c7728",  // over "LINMAS-01\nLINMAS-02\nLINMAS-03\n"
       {
           // sum, per_tw 0, 100, 100, 100: a target of 0 is a target.
           {"LINMAS-01", "Jumlah anggota Satlinmas yang dilatih", {"0", "100", "100", "100"},
            {"0", "100", "200", "300"}},
           // last, kumulatif 60, 65, 70, 80: t(q) = c(q).
           {"LINMAS-02", "Persentase desa/kelurahan dengan Satlinmas aktif", {"60", "65", "70", "80"},
            {"60", "65", "70", "80"}},
           // last, per_tw 5 each quarter.
           {"LINMAS-03", "Rasio anggota Satlinmas per 1.000 penduduk", {"5", "5", "5", "5"}, {"5", "5", "5", "5"}},
       }},
  };
  return forms;
}

// The file of a division's form for 2023 and the quarter: Kinerja-2023-TW<q>-<division>.<extension>.
std::string sample_form_file(const DivisionForm& form, int quarter, const char* extension) {
  return "Kinerja-2023-TW" + std::to_string(quarter) + "-" + form.file_part + "." + extension;
}

// Checks one form file of the sample year (agency Satuan Polisi Pamong Praja, 10 days to send it)
// for the quarter, cell by cell.
void check_form(const std::filesystem::path& file, const DivisionForm& want, int quarter) {
  CAPTURE(file.string());
  // Ten days after the quarter's end (31 March, 30 June, 30 September, 31 December).
  const char* const due[] = {"10 April 2023", "10 Juli 2023", "10 Oktober 2023", "10 Januari 2024"};
  const char* const titles[] = {"Kode",      "Sasaran",        "Indikator", "Satuan",
                                "Target TW", "Target s.d. TW", "Realisasi", "Realisasi Anggaran (Rp)",
                                "Kendala",   "Tindak Lanjut",  "Bukti Dukung"};
  const auto q = static_cast<std::size_t>(quarter - 1);
  Workbook book = Workbook::load(file);
  const core::Grid grid = sheet_grid(book, "Formulir");
  CHECK(grid.text(1, 1) == "Satuan Polisi Pamong Praja");  // B2
  CHECK(grid.text(2, 1) == want.division);                 // B3
  CHECK(grid.text(3, 1) == "2023");                        // B4
  CHECK(grid.text(5, 1) == due[q]);                        // B6
  for (int c = 0; c < 11; ++c) {
    CHECK(grid.text(8, c) == titles[c]);  // row 9: A9 (Kode) .. K9 (Bukti Dukung)
  }
  // One row per indicator from row 10.
  CHECK(grid.row_count() == 9 + static_cast<int>(want.rows.size()));
  for (std::size_t i = 0; i < want.rows.size(); ++i) {
    const int r = 9 + static_cast<int>(i);
    const IndicatorRow& row = want.rows[i];
    CAPTURE(row.code);
    CHECK(grid.text(r, 0) == row.code);               // A
    CHECK(grid.text(r, 2) == row.name);               // C
    CHECK(grid.text(r, 4) == row.target_quarter[q]);  // E: Target TW
    CHECK(grid.text(r, 5) == row.target_to_date[q]);  // F: Target s.d. TW
    CHECK(grid.text(r, 6).empty());                   // G: Realisasi, to be filled
  }
  const core::IdentityReading identity = core::read_identity(sheet_grid(book, "Identitas"));
  CHECK(identity.found);
  CHECK(identity.identity.division == want.division);
  CHECK(identity.identity.quarter == quarter);
  CHECK(identity.identity.checksum == want.checksum);
}


}  // namespace

TEST_CASE("kinerja init: a master from the sample agreement, with every sheet and value") {
  TempDir dir;
  const auto master = dir.path / "buku-induk.ods";
  const CliRun run = run_cli({"init", "--agreement", sample_csv, "--year", "2023", "--out", master.string(),
                              "--agency", "Satpol PP Kabupaten Balangan"});
  CHECK(run.err == "");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("14 indikator, 4 bidang, tahun 2023") != std::string::npos);

  Workbook book = Workbook::load(master);
  std::vector<std::string> expected;
  for (std::string_view name : core::master_layout::sheets()) expected.emplace_back(name);
  CHECK(sheet_names(book) == expected);
  for (std::string_view name : core::master_layout::sheets()) {
    const auto& headers = core::master_layout::headers(name);
    const core::Grid grid = sheet_grid(book, name);
    for (std::size_t c = 0; c < headers.size(); ++c) CHECK(grid.text(0, static_cast<int>(c)) == headers[c]);
  }
  const core::SettingsReading settings = core::read_settings(sheet_grid(book, "Pengaturan"));
  CHECK(settings.problems.empty());
  CHECK(settings.settings.info.year == 2023);
  CHECK(settings.settings.info.agency == "Satpol PP Kabupaten Balangan");
  CHECK(settings.settings.rules.rating_scale.rate(80) == "Tinggi");
  const core::AgreementReading agreement = core::read_agreement(sheet_grid(book, "PK"));
  CHECK(agreement.problems.empty());
  check_same_agreement(agreement.agreement, sample_agreement());

  const CliRun again = run_cli({"init", "--agreement", sample_csv, "--year", "2023", "--out", master.string()});
  CHECK(again.exit_code == 1);  // never overwrites a master
  CHECK(again.err.find("sudah ada") != std::string::npos);
}

TEST_CASE("a CSV with semicolons and decimal commas, as Excel writes it in Indonesia") {
  TempDir dir;
  const auto master = dir.path / "m.ods";
  const CliRun run = run_cli({"init", "--agreement", test_data("agreements/semicolon-decimal-comma.csv").string(),
                              "--year", "2024", "--out", master.string()});
  CHECK(run.err == "");
  REQUIRE(run.exit_code == 0);
  Workbook book = Workbook::load(master);
  const core::AgreementReading agreement = core::read_agreement(sheet_grid(book, "PK"));
  REQUIRE(agreement.agreement.indicators.size() == 1);
  CHECK(agreement.agreement.indicators[0].annual_target == 92.5);
  CHECK(agreement.agreement.indicators[0].quarter_targets[1] == 45.5);
}

TEST_CASE("bad agreements: clear problems with their row, exit 1, and no master") {
  const struct {
    const char* file;
    const char* expected;
  } cases[] = {
      {"duplicate-code.csv", "duplicate-code.csv: A3: Galat: Kode \"A-1\" ganda: sudah dipakai di A2."},
      {"unknown-polarity.csv", "unknown-polarity.csv: F2: Galat: Polaritas \"naik\" tidak dikenal."},
      {"text-target.csv", "text-target.csv: J2: Galat: \"tiga puluh\" bukan angka."},
      {"missing-column.csv", "missing-column.csv: A1: Galat: Kolom \"Target TW IV\" tidak ada pada baris judul."},
      {"empty.csv", "empty.csv: Galat: Tabel kosong"},
      {"not-a-csv.csv", "not-a-csv.csv: Galat: Baris judul kolom tidak ditemukan."},
      // A quoted bidang over two lines would put a Bcc into the forms' email headers.
      {"bidang-newline.csv", "bidang-newline.csv: B2: Galat: Bidang berisi baris baru atau karakter kendali lain "
                             "(\"Bidang A↵Bcc: spy@evil.example\"): tulis dalam satu baris tanpa karakter kendali"},
  };
  TempDir dir;
  for (const auto& c : cases) {
    CAPTURE(c.file);
    const auto master = dir.path / "tidak-ada.ods";
    const CliRun run = run_cli({"init", "--agreement", test_data(std::string("agreements/") + c.file).string(),
                                "--year", "2023", "--out", master.string()});
    CHECK(run.exit_code == 1);
    CHECK(run.err.find(c.expected) != std::string::npos);
    CHECK(run.err.find("Buku induk tidak dibuat") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(master));
  }
}

TEST_CASE("kinerja init --agency with a line break: refused, no master (the agency reaches email headers)") {
  TempDir dir;
  const auto master = dir.path / "tidak-ada.ods";
  const CliRun run = run_cli({"init", "--agreement", sample_csv, "--year", "2023", "--out", master.string(), "--agency",
                              "Satpol PP\nBcc: spy@evil.example"});
  CHECK(run.exit_code == 1);
  CHECK(contains(run.err, "Galat: Nama instansi berisi baris baru atau karakter kendali lain (\"Satpol PP↵Bcc: "
                          "spy@evil.example\")"));
  CHECK_FALSE(std::filesystem::exists(master));
}

TEST_CASE("kinerja forms: every bidang and quarter, in .ods and .xlsx, every cell as written out by hand") {
  TempDir dir;
  const auto master = dir.path / "buku-induk.ods";
  REQUIRE(run_cli({"init", "--agreement", sample_csv, "--year", "2023", "--out", master.string()}).exit_code == 0);
  for (int quarter = 1; quarter <= 4; ++quarter) {
    CAPTURE(quarter);
    const auto out = dir.path / ("tw" + std::to_string(quarter));
    const CliRun run = run_cli({"forms", "--master", master.string(), "--quarter", std::to_string(quarter), "--out",
                                out.string(), "--format", "both"});
    CHECK(run.err == "");
    REQUIRE(run.exit_code == 0);
    for (const DivisionForm& form : sample_forms()) {
      CHECK(std::filesystem::exists(out / sample_form_file(form, quarter, "xlsx")));
      check_form(out / sample_form_file(form, quarter, "ods"), form, quarter);
    }
    check_form(out / sample_form_file(sample_forms()[0], quarter, "xlsx"), sample_forms()[0], quarter);
  }
}

TEST_CASE("a form is protected, only its input cells unlocked, with validation on Realisasi") {
  TempDir dir;
  const auto master = dir.path / "m.ods";
  REQUIRE(run_cli({"init", "--agreement", sample_csv, "--year", "2023", "--out", master.string()}).exit_code == 0);
  REQUIRE(run_cli({"forms", "--master", master.string(), "--quarter", "2", "--out", dir.path.string(),
                   "--format", "both"})
              .exit_code == 0);
  for (const char* extension : {"ods", "xlsx"}) {
    CAPTURE(extension);
    Workbook book = Workbook::load(dir.path / (std::string("Kinerja-2023-TW2-Sekretariat.") + extension));
    Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
    for (const char* name : {"Formulir", "Identitas"}) {
      CHECK(Reference<css::util::XProtectable>(unobase::sheet_named(document, name), UNO_QUERY_THROW)->isProtected());
    }
    const auto sheet = unobase::sheet_named(document, "Formulir");
    const auto locked = [&](const char* a1) {
      css::util::CellProtection protection;
      Reference<css::beans::XPropertySet>(sheet->getCellRangeByName(ou(a1)), UNO_QUERY_THROW)
              ->getPropertyValue("CellProtection") >>= protection;
      return static_cast<bool>(protection.IsLocked);
    };
    CHECK(locked("A10"));
    CHECK(locked("E10"));
    CHECK_FALSE(locked("G10"));
    CHECK_FALSE(locked("H10"));  // Realisasi Anggaran (Rp)
    CHECK_FALSE(locked("K12"));  // Bukti Dukung, the last input column
    CHECK(locked("L10"));
    const auto hint_of = [&](const char* a1) {
      Reference<css::beans::XPropertySet> validation(
          Reference<css::beans::XPropertySet>(sheet->getCellRangeByName(ou(a1)), UNO_QUERY_THROW)
              ->getPropertyValue("Validation"),
          UNO_QUERY_THROW);
      css::sheet::ValidationType type{};
      validation->getPropertyValue("Type") >>= type;
      CHECK(type == css::sheet::ValidationType_CUSTOM);
      rtl::OUString hint;
      validation->getPropertyValue("InputMessage") >>= hint;
      return utf8(hint);
    };
    CHECK(hint_of("G11").find("Kosongkan bila belum ada data") != std::string::npos);
    CHECK(hint_of("H11").find("Rupiah yang dibelanjakan pada TW II 2023") != std::string::npos);
  }
}

TEST_CASE("an .xlsx form filled by a program other than LibreOffice reads back") {
  TempDir dir;
  const auto master = dir.path / "m.ods";
  REQUIRE(run_cli({"init", "--agreement", sample_csv, "--year", "2023", "--out", master.string()}).exit_code == 0);
  REQUIRE(run_cli({"forms", "--master", master.string(), "--quarter", "2", "--out", dir.path.string()}).exit_code == 0);
  const auto form = dir.path / "Kinerja-2023-TW2-Bidang-Perlindungan-Masyarakat.xlsx";
  const auto filled = dir.path / "laporan linmas (final).xlsx";
  const std::string command = std::string("/usr/bin/python3 '") + KINERJA_SAMPLES_DIR + std::string("/fill_form_xlsx.py' '") +
                              form.string() + "' '" + filled.string() + "'";
  REQUIRE(std::system(command.c_str()) == 0);

  Workbook book = Workbook::load(filled);
  const core::Grid grid = sheet_grid(book, "Formulir");
  CHECK(grid.text(9, 0) == "LINMAS-01");
  CHECK(grid.text(9, 6) == "95");
  CHECK(grid.text(10, 6) == "0.66");  // the percent cell: its value (the pull reads its format)
  CHECK(grid.text(11, 6) == "4,8");   // typed as text, the Indonesian way
  CHECK(grid.text(8, 7) == "Realisasi Anggaran (Rp)");
  CHECK(grid.text(9, 7) == "12500000");  // the script's rupiah for the first row
  CHECK(grid.text(9, 8) == "Peserta pelatihan berhalangan");
  CHECK(grid.text(9, 10) == "Daftar peserta");
  const core::IdentityReading identity = core::read_identity(sheet_grid(book, "Identitas"));
  CHECK(identity.found);
  CHECK(identity.identity.division == "Bidang Perlindungan Masyarakat");
  CHECK(identity.identity.quarter == 2);
  CHECK(identity.identity.template_version == "2");

  // Pulled, the budget arrives beside the realisasi, each with its own cell.
  const CliRun pulled = run_cli({"pull", "--master", master.string(), "--quarter", "2", filled.string()});
  CAPTURE(pulled.err);
  REQUIRE(pulled.exit_code == 0);
  std::vector<core::Problem> problems;
  const auto records = core::read_actuals(sheet_grid(Workbook::load(master), "Realisasi"), problems);
  CHECK(problems.empty());
  const auto first = std::find_if(records.begin(), records.end(), [](const core::ActualRecord& r) { return r.code == "LINMAS-01"; });
  REQUIRE(first != records.end());
  CHECK(first->actual == 95);
  CHECK(first->spent == 12500000);
  CHECK(first->source_cell == "Formulir!G10");
  CHECK(first->spent_cell == "Formulir!H10");
  CHECK(first->source_file == "laporan linmas (final).xlsx");
}

namespace {

// Buku Induk Baru from the menu of any spreadsheet, with these arguments.
css::frame::DispatchResultEvent new_master_from_menu(const std::vector<css::beans::PropertyValue>& arguments) {
  Workbook any = Workbook::create();
  return dispatch(any, "org.kinerja:NewMaster",
                  css::uno::Sequence<css::beans::PropertyValue>(arguments.data(), static_cast<sal_Int32>(arguments.size())));
}

// A new sample master in dir, and its TW II forms (.ods and .xlsx) made there from the menu.
css::frame::DispatchResultEvent tw2_forms_from_menu(const std::filesystem::path& dir) {
  Workbook book = Workbook::load(make_master(dir));
  css::beans::PropertyValue arguments[] = {argument("Quarter", css::uno::Any(sal_Int32(2))),
                                           argument("OutputDirUrl", css::uno::Any(ou(office::file_url(dir)))),
                                           argument("Format", css::uno::Any(ou("both")))};
  return dispatch(book, "org.kinerja:MakeForms", css::uno::Sequence<css::beans::PropertyValue>(arguments, 3));
}

}  // namespace

TEST_CASE("the menu: Buku Induk Baru and Buat Formulir Bidang, dispatched as Calc does") {
  TempDir dir;
  const auto master = dir.path / "dari-menu.ods";
  {
    const auto event = new_master_from_menu({argument("AgreementUrl", css::uno::Any(ou(office::file_url(sample_csv)))),
                                             argument("Year", css::uno::Any(sal_Int32(2023))),
                                             argument("OutputUrl", css::uno::Any(ou(office::file_url(master))))});
    CHECK(event.State == css::frame::DispatchResultState::SUCCESS);
    rtl::OUString message;
    event.Result >>= message;
    CHECK(utf8(message).find(say("14 indikator", "14 indicators")) != std::string::npos);
  }
  REQUIRE(std::filesystem::exists(master));
  Workbook book = Workbook::load(master);
  css::beans::PropertyValue arguments[] = {argument("Quarter", css::uno::Any(sal_Int32(3))),
                                           argument("OutputDirUrl", css::uno::Any(ou(office::file_url(dir.path)))),
                                           argument("Format", css::uno::Any(ou("ods")))};
  const auto event = dispatch(book, "org.kinerja:MakeForms", css::uno::Sequence<css::beans::PropertyValue>(arguments, 3));
  CHECK(event.State == css::frame::DispatchResultState::SUCCESS);
  CHECK(message_of(event).find(say("(.ods) di folder ", "(.ods) in the folder ") + dir.path.string() + ".") != std::string::npos);
  CHECK(std::filesystem::exists(dir.path / "Kinerja-2023-TW3-Sekretariat.ods"));
  CHECK(std::filesystem::exists(dir.path / "Kinerja-2023-TW3-Bidang-Perlindungan-Masyarakat.ods"));

  // Not a master: the command says so and changes nothing.
  Workbook other = Workbook::create();
  const auto refused = dispatch(other, "org.kinerja:MakeForms", css::uno::Sequence<css::beans::PropertyValue>(arguments, 3));
  CHECK(refused.State == css::frame::DispatchResultState::FAILURE);
}

namespace {

// The value beside a label in the Pengaturan sheet (column B of the row whose column A it is).
std::string setting(const Workbook& book, const std::string& label) {
  const core::Grid grid = sheet_grid(book, "Pengaturan");
  for (int row = 0; row < grid.row_count(); ++row) {
    if (grid.text(row, 0) == label) return grid.text(row, 1);
  }
  return "(no row " + label + ")";
}

}  // namespace

TEST_CASE("the menu: Buku Induk Baru takes the year from the agreement's name, and the signatory") {
  TempDir dir;
  // perjanjian-kinerja-2023.csv: the year is in its name; no Year argument.
  const auto master = dir.path / "tahun-dari-nama.ods";
  CHECK(new_master_from_menu({argument("AgreementUrl", css::uno::Any(ou(office::file_url(sample_csv)))),
                              argument("Agency", css::uno::Any(ou("Satpol PP Kabupaten Contoh"))),
                              argument("Signatory", css::uno::Any(ou("Drs. Budi Santoso"))),
                              argument("SignatoryNip", css::uno::Any(ou("197001011990031002"))),
                              argument("SignatoryTitle", css::uno::Any(ou("Kepala Satuan Polisi Pamong Praja"))),
                              argument("OutputUrl", css::uno::Any(ou(office::file_url(master))))})
            .State == css::frame::DispatchResultState::SUCCESS);
  {
    Workbook book = Workbook::load(master);
    CHECK(setting(book, "Tahun") == "2023");
    CHECK(setting(book, "Nama Instansi") == "Satpol PP Kabupaten Contoh");
    CHECK(setting(book, "Nama Penanda Tangan") == "Drs. Budi Santoso");
    CHECK(setting(book, "NIP Penanda Tangan") == "197001011990031002");
    CHECK(setting(book, "Jabatan Penanda Tangan") == "Kepala Satuan Polisi Pamong Praja");
  }

  // The same agreement under a name without a year, its texts naming 2024 twice.
  const auto renamed = dir.path / "pk-bidang.csv";
  {
    std::ifstream in(sample_csv);
    std::ofstream out(renamed);
    std::string line;
    std::getline(in, line);
    out << line << "\n";
    bool first = true;
    while (std::getline(in, line)) {
      if (first) {  // the first sasaran names the year: "... perangkat daerah" -> "... perangkat daerah 2024"
        const auto at = line.find("perangkat daerah");
        REQUIRE(at != std::string::npos);
        line.insert(at + std::string("perangkat daerah").size(), " tahun 2024 (RPJMD 2024)");
        first = false;
      }
      out << line << "\n";
    }
  }
  const auto from_texts = dir.path / "tahun-dari-isi.ods";
  CHECK(new_master_from_menu({argument("AgreementUrl", css::uno::Any(ou(office::file_url(renamed)))),
                              argument("OutputUrl", css::uno::Any(ou(office::file_url(from_texts))))})
            .State == css::frame::DispatchResultState::SUCCESS);
  Workbook book = Workbook::load(from_texts);
  CHECK(setting(book, "Tahun") == "2024");
  CHECK(setting(book, "Nama Penanda Tangan").empty());
  CHECK(setting(book, "Jabatan Penanda Tangan") == "Kepala Satuan");  // the default, as Pengaturan has it
}

TEST_CASE("the menu's forms open on Formulir with the cursor on the first Realisasi, in Calc and in Excel") {
  TempDir dir;
  const auto made = tw2_forms_from_menu(dir.path);
  REQUIRE(made.State == css::frame::DispatchResultState::SUCCESS);
  // The message says how many, for which quarter, in which format and where.
  CHECK(message_of(made).find(say("4 formulir bidang dibuat untuk TW II 2023 (.ods dan .xlsx) di folder ",
                                  "4 division forms made for TW II 2023 (.ods and .xlsx) in the folder ") +
                              dir.path.string() + ".") != std::string::npos);
  // The form's table: header row 9, the first indicator on row 10; Realisasi is column G.
  for (const char* extension : {".ods", ".xlsx"}) {
    const auto form = dir.path / (std::string("Kinerja-2023-TW2-Sekretariat") + extension);
    CAPTURE(form);
    Workbook opened = Workbook::load(form);
    Reference<css::frame::XModel> model(opened.component(), UNO_QUERY_THROW);
    Reference<css::sheet::XSpreadsheetView> view(model->getCurrentController(), UNO_QUERY_THROW);
    CHECK(utf8(Reference<css::container::XNamed>(view->getActiveSheet(), UNO_QUERY_THROW)->getName()) == "Formulir");
    Reference<css::sheet::XCellRangeAddressable> cursor(
        Reference<css::view::XSelectionSupplier>(view, UNO_QUERY_THROW)->getSelection(), UNO_QUERY_THROW);
    CHECK(cursor->getRangeAddress().StartRow == 9);
    CHECK(cursor->getRangeAddress().StartColumn == 6);
  }
  // As Excel reads the .xlsx: the active sheet and its active cell.
  python("import openpyxl, sys\n"
         "book = openpyxl.load_workbook(sys.argv[1])\n"
         "assert book.active.title == 'Formulir', book.active.title\n"
         "assert book.active.active_cell == 'G10', book.active.active_cell\n",
         {(dir.path / "Kinerja-2023-TW2-Sekretariat.xlsx").string()});
}

TEST_CASE("a form's Realisasi takes a decimal comma on any locale, and refuses what is no number") {
  TempDir dir;
  REQUIRE(tw2_forms_from_menu(dir.path).State == css::frame::DispatchResultState::SUCCESS);
  for (const char* extension : {".ods", ".xlsx"}) {
    const auto file = dir.path / (std::string("Kinerja-2023-TW2-Bidang-Ketertiban-Umum-dan-Ketenteraman-Masyarakat") + extension);
    CAPTURE(file);
    Workbook form = Workbook::load(file);
    Reference<css::sheet::XSpreadsheetDocument> document(form.component(), UNO_QUERY_THROW);
    const auto sheet = unobase::sheet_named(document, "Formulir");
    // Calc's detective marks invalid data only on an unprotected sheet.
    Reference<css::util::XProtectable>(sheet, UNO_QUERY_THROW)->unprotect("");
    const auto type = [&](const char* a1, const char* text) {  // a text, as an English-locale PC keeps "43,5"
      Reference<css::text::XText>(sheet->getCellRangeByName(ou(a1))->getCellByPosition(0, 0), UNO_QUERY_THROW)
          ->setString(ou(text));
    };
    const auto invalid_marks = [&] {
      office_command(form, ".uno:ClearArrows");
      office_command(form, ".uno:ShowInvalid");
      Reference<css::container::XIndexAccess> pages(
          Reference<css::drawing::XDrawPagesSupplier>(form.component(), UNO_QUERY_THROW)->getDrawPages(), UNO_QUERY_THROW);
      return Reference<css::container::XIndexAccess>(pages->getByIndex(0), UNO_QUERY_THROW)->getCount();  // Formulir
    };
    // The four Realisasi cells of this bidang: G10..G13.
    type("G10", "43,5");
    type("G11", "1.234,5");
    type("G12", "85%");
    sheet->getCellRangeByName("G13")->getCellByPosition(0, 0)->setValue(92.5);
    CHECK(invalid_marks() == 0);
    type("G11", "sebagian");
    type("G12", "12abc");
    CHECK(invalid_marks() == 2);
  }
}

TEST_CASE("no quarter given: the CLI and the menu both make the forms of the working quarter") {
  TempDir dir;
  const auto master = dir.path / "buku-induk.ods";
  REQUIRE(run_cli({"init", "--agreement", sample_csv, "--year", "2023", "--out", master.string()}).exit_code == 0);
  {  // Triwulan Berjalan = 3, as the officer sets it in Pengaturan
    Workbook book = Workbook::load(master);
    Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
    const auto settings = unobase::sheet_named(document, "Pengaturan");
    const core::Grid grid = unobase::read_sheet(settings, "Pengaturan");
    int row = 0;
    while (row < grid.row_count() && grid.text(row, 0).rfind("Triwulan Berjalan", 0) != 0) ++row;
    REQUIRE(row < grid.row_count());
    settings->getCellByPosition(1, row)->setValue(3);
    book.store_as(master, "calc8");
  }
  const auto by_cli = dir.path / "cli";
  const CliRun run = run_cli({"forms", "--master", master.string(), "--out", by_cli.string(), "--format", "ods"});
  CHECK(run.err == "");
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("untuk TW III 2023") != std::string::npos);
  CHECK(std::filesystem::exists(by_cli / "Kinerja-2023-TW3-Sekretariat.ods"));

  const auto by_menu = dir.path / "menu";
  std::filesystem::create_directories(by_menu);
  Workbook book = Workbook::load(master);
  css::beans::PropertyValue arguments[] = {argument("OutputDirUrl", css::uno::Any(ou(office::file_url(by_menu)))),
                                           argument("Format", css::uno::Any(ou("ods")))};
  const auto event = dispatch(book, "org.kinerja:MakeForms", css::uno::Sequence<css::beans::PropertyValue>(arguments, 2));
  CHECK(event.State == css::frame::DispatchResultState::SUCCESS);
  CHECK(std::filesystem::exists(by_menu / "Kinerja-2023-TW3-Sekretariat.ods"));

  // A quarter that does not exist is a usage error, before any office starts.
  const CliRun bad = run_cli({"forms", "--master", master.string(), "--quarter", "5", "--out", by_cli.string()});
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("--quarter harus 1 sampai 4") != std::string::npos);
}

TEST_CASE("the templates carry the titles core writes and reads") {
  const std::filesystem::path templates = KINERJA_TEST_TEMPLATES_DIR;
  Workbook master = Workbook::load(templates / "buku-induk.ots");
  for (std::string_view name : core::master_layout::sheets()) {
    CAPTURE(name);
    const core::Grid grid = sheet_grid(master, name);
    const auto& headers = core::master_layout::headers(name);
    for (std::size_t c = 0; c < headers.size(); ++c) CHECK(grid.text(0, static_cast<int>(c)) == headers[c]);
  }
  const core::Grid expected = core::settings_grid(core::MasterSettings{});
  const core::Grid got = sheet_grid(master, "Pengaturan");
  for (int r = 0; r < expected.row_count(); ++r) CHECK(got.text(r, 0) == expected.text(r, 0));
  Workbook form = Workbook::load(templates / "formulir-bidang.ots");
  const core::Grid grid = sheet_grid(form, "Formulir");
  for (int c = 0; c < core::form_layout::column_count; ++c) {
    CHECK(grid.text(core::form_layout::table_header_row, c) == core::form_table_titles()[static_cast<std::size_t>(c)]);
  }
}

TEST_CASE("the templates are registered for File > New > Templates") {
  const auto context = office_session().context();
  Reference<css::beans::XPropertySet> paths(office_session().create("com.sun.star.util.PathSettings"), UNO_QUERY_THROW);
  css::uno::Sequence<rtl::OUString> internal;
  paths->getPropertyValue("Template_internal") >>= internal;
  Reference<css::util::XMacroExpander> expander(
      context->getValueByName("/singletons/com.sun.star.util.theMacroExpander"), UNO_QUERY_THROW);
  Reference<css::ucb::XSimpleFileAccess> files(office_session().create("com.sun.star.ucb.SimpleFileAccess"),
                                               UNO_QUERY_THROW);
  std::vector<std::string> found;
  for (const rtl::OUString& path : internal) {
    if (!path.endsWith("kinerja.oxt/templates")) continue;
    rtl::OUString url = path;
    if (url.startsWith("vnd.sun.star.expand:")) url = expander->expandMacros(url.copy(20));
    for (const rtl::OUString& file : files->getFolderContents(url, false)) {
      found.push_back(utf8(file.copy(file.lastIndexOf('/') + 1)));
    }
  }
  std::sort(found.begin(), found.end());
  CHECK(found == std::vector<std::string>{"buku-induk.ots", "formulir-bidang.ots"});
}
