// Pulling the bidang submissions into the master: the sample year quarter by quarter, and
// every bad input; values only, nothing lost, one undo step.
#include <doctest/doctest.h>

#include <com/sun/star/beans/PropertyValue.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/frame/DispatchHelper.hpp>
#include <com/sun/star/frame/DispatchResultEvent.hpp>
#include <com/sun/star/frame/DispatchResultState.hpp>
#include <com/sun/star/frame/XController.hpp>
#include <com/sun/star/frame/XDispatchProvider.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/frame/XStorable.hpp>
#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/container/XNameContainer.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XEventsSupplier.hpp>
#include <com/sun/star/script/XLibraryContainer.hpp>
#include <com/sun/star/table/CellContentType.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/util/XProtectable.hpp>

#include <fstream>
#include <map>

#include "core/menu_texts.hpp"
#include "core/sop.hpp"
#include "csv_fixture.hpp"
#include "office/file_url.hpp"
#include "pull_fixture.hpp"
#include "unobase/grid_io.hpp"

using namespace kinerja;
using namespace kinerja::test;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

struct SampleRow {
  std::string division;
  int quarter;
  std::string code;
  std::string value;
  std::string obstacle;
};

std::vector<SampleRow> sample_rows() {
  const core::Grid grid = read_csv(sample_path("realisasi-2023.csv"), "");
  std::vector<SampleRow> rows;
  for (int r = 1; r < grid.row_count(); ++r) {
    rows.push_back({grid.text(r, 0), std::stoi(grid.text(r, 2)), grid.text(r, 3), grid.text(r, 4), grid.text(r, 5)});
  }
  return rows;
}

CliRun pull(const std::filesystem::path& master, int quarter, const std::vector<std::string>& inputs) {
  std::vector<std::string> arguments = {"pull", "--master", master.string()};
  if (quarter) arguments.insert(arguments.end(), {"--quarter", std::to_string(quarter)});
  arguments.insert(arguments.end(), inputs.begin(), inputs.end());
  return run_cli(arguments);
}

std::string indonesian(std::string value) {
  for (char& c : value) {
    if (c == '.') c = ',';
  }
  return value;
}

// The sample's submissions for one quarter, filled as each bidang would, into `inbox`.
void submit_quarter(const std::filesystem::path& forms, const std::filesystem::path& inbox, int quarter) {
  std::filesystem::create_directories(inbox);
  std::map<std::string, std::vector<Entry>> by_division;
  for (const SampleRow& row : sample_rows()) {
    if (row.quarter == quarter) by_division[row.division].push_back({row.code, row.value, row.obstacle});
  }
  const std::string prefix = "Kinerja-2023-TW" + std::to_string(quarter) + "-";
  for (const auto& [division, entries] : by_division) {
    std::string file = division;
    for (char& c : file) {
      if (c == ' ') c = '-';
    }
    const auto form = forms / (prefix + file);
    if (division == "Sekretariat") {  // typed as text, with decimal commas
      std::vector<Entry> typed = entries;
      for (Entry& e : typed) e.value = indonesian(e.value);
      fill_ods_form(form.string() + ".ods", inbox / "sekretariat.ods", typed, true);
    } else if (division == "Bidang Ketertiban Umum dan Ketenteraman Masyarakat") {  // Excel
      fill_xlsx_form(form.string() + ".xlsx", inbox / "Laporan Trantibum.xlsx", entries);
    } else {
      fill_ods_form(form.string() + ".ods", inbox / (file + " (isi).ods"), entries);
    }
  }
}

}  // namespace

TEST_CASE("the sample year pulled quarter by quarter gives exactly the sample values") {
  TempDir dir;
  const auto master = make_master(dir.path);
  for (int quarter = 1; quarter <= 4; ++quarter) {
    CAPTURE(quarter);
    const auto forms = make_forms(master, dir.path, quarter);
    const auto inbox = dir.path / ("masuk-tw" + std::to_string(quarter));
    submit_quarter(forms, inbox, quarter);
    const CliRun run = pull(master, quarter, {inbox.string()});
    CHECK(run.err == "");
    CHECK(run.exit_code == 0);
    CHECK(run.out.find("0 ditolak") != std::string::npos);
  }
  const std::vector<core::ActualRecord> records = master_actuals(master);
  CHECK(records.size() == sample_rows().size());
  for (const auto& [code, expected] : sample_actuals()) {
    CAPTURE(code);
    CHECK(core::quarter_actuals(records, code, 2023) == expected);
  }
  for (const SampleRow& row : sample_rows()) {
    const auto found = std::find_if(records.begin(), records.end(), [&](const core::ActualRecord& r) {
      return r.code == row.code && r.quarter == row.quarter;
    });
    REQUIRE(found != records.end());
    CHECK(found->obstacle == row.obstacle);
    CHECK(found->division == row.division);
    CHECK(found->source_sha256 == file_sha256(dir.path / ("masuk-tw" + std::to_string(row.quarter)) / found->source_file));
    CHECK(found->source_cell.find("Formulir!G") == 0);
    CHECK_FALSE(found->pulled_at.empty());
  }
  // The Kiriman log has a row per file, and Jejak SOP the pull as step 2.
  const core::Grid log = sheet_of(master, "Kiriman");
  CHECK(log.row_count() == 1 + 4 + 4 + 3 + 4);  // Perlindungan Masyarakat sent nothing for TW III
  const core::Grid trail = sheet_of(master, "Jejak SOP");
  const int step2 = core::find_sop_row(trail, 2);
  REQUIRE(step2 > 0);
  CHECK(trail.text(step2, 6) == "kinerja pull");
  CHECK(trail.text(step2, 9) == "Ya");
  CHECK(trail.text(core::find_sop_row(trail, 1), 6) == "kinerja forms");
}

TEST_CASE("pulling the same file again changes nothing, a newer submission replaces, logged old -> new") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 1);
  const auto first = dir.path / "ppud.ods";
  fill_ods_form(forms / "Kinerja-2023-TW1-Bidang-Penegakan-Perundang-undangan-Daerah.ods", first,
                {{"PPUD-01", "88", ""}, {"PPUD-02", "27", "Keterbatasan personel"}});
  REQUIRE(pull(master, 1, {first.string()}).exit_code == 0);
  const auto before = master_actuals(master);
  const CliRun again = pull(master, 1, {first.string()});
  CHECK(again.exit_code == 0);
  CHECK(again.out.find("0 nilai masuk (0 baru, 0 diganti), 2 tidak berubah") != std::string::npos);
  const auto after = master_actuals(master);
  REQUIRE(after.size() == before.size());
  for (std::size_t i = 0; i < after.size(); ++i) {
    CHECK(after[i].same_content(before[i]));
    CHECK(after[i].pulled_at == before[i].pulled_at);  // not even the provenance moves
  }

  const auto corrected = dir.path / "ppud revisi.ods";
  fill_ods_form(forms / "Kinerja-2023-TW1-Bidang-Penegakan-Perundang-undangan-Daerah.ods", corrected,
                {{"PPUD-01", "88", ""}, {"PPUD-02", "29", "Keterbatasan personel"}});
  const CliRun newer = pull(master, 1, {corrected.string()});
  CHECK(newer.exit_code == 0);
  CHECK(newer.out.find("PPUD-02 TW I 2023: 27 -> 29") != std::string::npos);
  const auto replaced = master_actuals(master);
  CHECK(core::quarter_actuals(replaced, "PPUD-02", 2023)[0] == 29.0);
  const auto record = std::find_if(replaced.begin(), replaced.end(), [](const auto& r) { return r.code == "PPUD-02"; });
  REQUIRE(record != replaced.end());
  CHECK(record->source_file == "ppud revisi.ods");
  const core::Grid log = sheet_of(master, "Kiriman");
  CHECK(log.text(log.row_count() - 1, 9) == "Diganti: PPUD-02 TW I 2023: 27 -> 29");
}

TEST_CASE("rows and files that do not belong are rejected with a problem naming file, sheet and cell") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 2);
  const auto inbox = dir.path / "masuk";
  std::filesystem::create_directories(inbox);
  // A good file, so that the others are seen to not stop the pull.
  fill_ods_form(forms / "Kinerja-2023-TW2-Sekretariat.ods", inbox / "1-baik.ods",
                {{"SEK-01", "100", ""}, {"SEK-02", "66", "nilai sementara"}});  // SEK-02: no TW II target
  // Another year: a form made from a 2022 master.
  const auto old_master = make_master(dir.path, "lama.ods", 2022);
  const auto old_forms = make_forms(old_master, dir.path / "lama", 2);
  fill_ods_form(old_forms / "Kinerja-2022-TW2-Sekretariat.ods", inbox / "2-tahun-lain.ods", {{"SEK-01", "90", ""}});
  // Another quarter than the one pulled.
  const auto tw3 = make_forms(master, dir.path / "tw3", 3);
  fill_ods_form(tw3 / "Kinerja-2023-TW3-Sekretariat.ods", inbox / "3-triwulan-lain.ods", {{"SEK-01", "90", ""}});
  // Text that is not a number, and a formula typed as text.
  fill_ods_form(forms / "Kinerja-2023-TW2-Bidang-Perlindungan-Masyarakat.ods", inbox / "4-teks.ods",
                {{"LINMAS-01", "banyak", ""}, {"LINMAS-02", "=1+1", ""}, {"LINMAS-03", "4,8", "=HYPERLINK(\"x\")"}},
                true);
  // An indicator of another bidang, written into this bidang's form below its own rows (the
  // form still carries every one of its own indicators).
  {
    Workbook book = Workbook::load(forms / "Kinerja-2023-TW2-Bidang-Penegakan-Perundang-undangan-Daerah.ods");
    Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
    const auto sheet = unobase::sheet_named(document, "Formulir");
    Reference<css::util::XProtectable>(sheet, UNO_QUERY_THROW)->unprotect("");
    Reference<css::text::XText>(sheet->getCellByPosition(0, 29), UNO_QUERY_THROW)->setString("TIBUM-02");
    sheet->getCellByPosition(6, 29)->setValue(120);
    sheet->getCellByPosition(6, 10)->setValue(34);
    book.store_as(inbox / "5-milik-bidang-lain.ods", "calc8");
  }
  const auto before = file_sha256(inbox / "4-teks.ods");

  const CliRun run = pull(master, 2, {inbox.string()});
  CHECK(run.exit_code == 3);
  const std::string& err = run.err;
  CHECK(err.find("2-tahun-lain.ods: Formulir: Galat: Kiriman untuk tahun 2022, buku induk untuk tahun 2023.") !=
        std::string::npos);
  CHECK(err.find("3-triwulan-lain.ods: Formulir: Galat: Kiriman untuk TW III, yang ditarik TW II.") != std::string::npos);
  CHECK(err.find("4-teks.ods: Formulir!G10: Galat: \"banyak\" bukan angka. Baris LINMAS-01 tidak diambil.") !=
        std::string::npos);
  CHECK(err.find("4-teks.ods: Formulir!G11: Galat: \"=1+1\" bukan angka.") != std::string::npos);
  CHECK(err.find("5-milik-bidang-lain.ods: Formulir!A30: Galat: Indikator TIBUM-02 milik Bidang Ketertiban Umum dan "
                 "Ketenteraman Masyarakat, bukan Bidang Penegakan Perundang-undangan Daerah.") != std::string::npos);
  CHECK(err.find("1-baik.ods: Formulir!G11: Peringatan: Indikator SEK-02 tidak punya target TW II; nilai diterima.") !=
        std::string::npos);
  CHECK(run.out.find("5 berkas: 1 diterima, 2 sebagian, 2 ditolak") != std::string::npos);

  const auto records = master_actuals(master);
  CHECK(core::quarter_actuals(records, "SEK-02", 2023)[1] == 66.0);
  CHECK(core::quarter_actuals(records, "LINMAS-03", 2023)[1] == 4.8);
  CHECK_FALSE(core::quarter_actuals(records, "LINMAS-01", 2023)[1]);
  CHECK_FALSE(core::quarter_actuals(records, "TIBUM-02", 2023)[1]);
  CHECK(core::quarter_actuals(records, "PPUD-02", 2023)[1] == 34.0);
  const auto linmas03 = std::find_if(records.begin(), records.end(), [](const auto& r) { return r.code == "LINMAS-03"; });
  REQUIRE(linmas03 != records.end());
  CHECK(linmas03->obstacle == "=HYPERLINK(\"x\")");  // stays text
  // Masalah lists every problem; the submissions are untouched.
  const core::Grid problems = sheet_of(master, "Masalah");
  CHECK(problems.row_count() >= 7);
  CHECK(file_sha256(inbox / "4-teks.ods") == before);
  // In the master, the text "=1+1"-like obstacle is a text cell, not a formula.
  Workbook book = Workbook::load(master);
  Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
  const auto actuals = unobase::sheet_named(document, "Realisasi");
  for (int r = 1; r <= static_cast<int>(records.size()); ++r) {
    for (int c = 0; c < 12; ++c) CHECK(actuals->getCellByPosition(c, r)->getType() != css::table::CellContentType_FORMULA);
  }
}

TEST_CASE("files that cannot be read become one problem each, and the others go on") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 1);
  const auto inbox = dir.path / "masuk";
  std::filesystem::create_directories(inbox);
  fill_ods_form(forms / "Kinerja-2023-TW1-Sekretariat.ods", inbox / "baik.ods", {{"SEK-01", "100", ""}});
  std::ofstream(inbox / "kosong.xlsx");                                      // zero bytes
  std::ofstream(inbox / "bukan-lembar.ods") << "ini surat, bukan lembar kerja";  // text named .ods
  {
    std::ifstream in(forms / "Kinerja-2023-TW1-Sekretariat.xlsx", std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::ofstream(inbox / "rusak.xlsx", std::ios::binary) << bytes.substr(0, bytes.size() / 2);  // truncated
  }
  {
    Workbook book = Workbook::load(forms / "Kinerja-2023-TW1-Sekretariat.ods");
    css::beans::PropertyValue properties[2];
    properties[0].Name = "FilterName";
    properties[0].Value <<= ou("calc8");
    properties[1].Name = "Password";
    properties[1].Value <<= ou("rahasia");
    Reference<css::frame::XStorable>(book.component(), UNO_QUERY_THROW)
        ->storeToURL(ou(office::file_url(inbox / "bersandi.ods")), css::uno::Sequence<css::beans::PropertyValue>(properties, 2));
  }
  const CliRun run = pull(master, 1, {inbox.string(), (dir.path / "tidak-ada.ods").string()});
  CAPTURE(run.err);
  CHECK(run.exit_code == 3);
  CHECK(run.err.find("bersandi.ods: Galat: Berkas bersandi.ods dilindungi sandi (terenkripsi): minta bidang mengirim "
                     "ulang tanpa sandi.") != std::string::npos);
  CHECK(run.err.find("bukan-lembar.ods: Galat: Berkas bukan-lembar.ods tidak dapat dibuka") != std::string::npos);
  CHECK(run.err.find("rusak.xlsx: Galat: Berkas rusak: arsipnya akhir arsip ZIP tidak ditemukan (berkas terpotong).") !=
        std::string::npos);
  CHECK(run.err.find("kosong.xlsx: Galat: Tidak ada tabel dengan kolom Kode dan Realisasi") != std::string::npos);
  CHECK(run.err.find("tidak-ada.ods: Galat: Berkas atau folder tidak ditemukan.") != std::string::npos);
  CHECK(run.out.find("5 berkas: 1 diterima, 0 sebagian, 4 ditolak") != std::string::npos);
  CHECK(core::quarter_actuals(master_actuals(master), "SEK-01", 2023)[0] == 100.0);
}

TEST_CASE("a form the bidang rebuilt: columns moved, rows sorted, sheet renamed, no identity block") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto file = dir.path / "rekap bidang.ods";
  {
    Workbook book = Workbook::create();
    const auto sheet = book.sheet();
    Reference<css::container::XNamed>(sheet, UNO_QUERY_THROW)->setName("Data TW2");
    const char* rows[][5] = {
        {"Bidang", "Bidang Perlindungan Masyarakat", "", "", ""},
        {"Triwulan", "TW II", "", "", ""},
        {"", "", "", "", ""},
        {"Keterangan", "REALISASI", "Catatan", "kode indikator", "KENDALA"},
        {"", "4,8", "", "LINMAS-03", ""},
        {"", "95", "", "linmas-01", "Peserta berhalangan"},
    };
    for (int r = 0; r < 6; ++r) {
      for (int c = 0; c < 5; ++c) {
        if (*rows[r][c]) Reference<css::text::XText>(sheet->getCellByPosition(c, r), UNO_QUERY_THROW)->setString(ou(rows[r][c]));
      }
    }
    book.cell("B6")->setValue(95);
    book.store_as(file, "calc8");
  }
  const CliRun run = pull(master, 0, {file.string()});
  CHECK(run.err == "");
  CHECK(run.exit_code == 0);
  const auto records = master_actuals(master);
  CHECK(core::quarter_actuals(records, "LINMAS-01", 2023)[1] == 95.0);
  CHECK(core::quarter_actuals(records, "LINMAS-03", 2023)[1] == 4.8);
  const auto linmas01 = std::find_if(records.begin(), records.end(), [](const auto& r) { return r.code == "LINMAS-01"; });
  REQUIRE(linmas01 != records.end());
  CHECK(linmas01->obstacle == "Peserta berhalangan");
  CHECK(linmas01->source_cell == "'Data TW2'!B6");
}

TEST_CASE("a submission from a bidang the master does not know is rejected") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto file = dir.path / "hantu.ods";
  {
    Workbook book = Workbook::create();
    const char* rows[][3] = {{"Bidang", "Bidang Hantu", ""}, {"Triwulan", "2", ""}, {"Kode", "Realisasi", "Kendala"},
                             {"SEK-01", "100", ""}};
    for (int r = 0; r < 4; ++r) {
      for (int c = 0; c < 3; ++c) {
        if (*rows[r][c]) Reference<css::text::XText>(book.sheet()->getCellByPosition(c, r), UNO_QUERY_THROW)->setString(ou(rows[r][c]));
      }
    }
    book.store_as(file, "calc8");
  }
  const CliRun run = pull(master, 2, {file.string()});
  CHECK(run.exit_code == 3);
  CHECK(run.err.find("hantu.ods: Sheet1: Galat: Bidang \"Bidang Hantu\" tidak ada di lembar PK buku induk.") !=
        std::string::npos);
  CHECK(master_actuals(master).empty());
}

TEST_CASE("a submission carrying a macro, an external link and a DDE formula gives its values only") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 1);
  const auto marker = dir.path / "makro-berjalan.txt";
  const auto linked = dir.path / "sumber.ods";
  {
    Workbook source = Workbook::create();
    source.cell("A1")->setValue(30);
    source.store_as(linked, "calc8");
  }
  const auto file = dir.path / "berbahaya.ods";
  {
    Workbook book = Workbook::load(forms / "Kinerja-2023-TW1-Bidang-Penegakan-Perundang-undangan-Daerah.ods");
    Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
    const auto sheet = unobase::sheet_named(document, "Formulir");
    sheet->getCellByPosition(6, 9)->setValue(88);
    sheet->getCellByPosition(6, 10)->setFormula(ou("='" + office::file_url(linked) + "'#$Sheet1.A1"));
    sheet->getCellByPosition(6, 11)->setFormula(ou("=DDE(\"soffice\";\"" + linked.string() + "\";\"Sheet1.A1\")"));
    // A macro that writes a file, run when the document is opened.
    Reference<css::beans::XPropertySet> properties(book.component(), UNO_QUERY_THROW);
    Reference<css::script::XLibraryContainer> libraries(properties->getPropertyValue("BasicLibraries"), UNO_QUERY_THROW);
    if (!libraries->hasByName("Standard")) libraries->createLibrary("Standard");
    Reference<css::container::XNameContainer> library(libraries->getByName("Standard"), UNO_QUERY_THROW);
    const std::string code = "Sub Main\n  Open \"" + marker.string() + "\" For Output As #1\n  Print #1, \"jalan\"\n  Close #1\nEnd Sub\n";
    library->insertByName("Modul1", css::uno::Any(ou(code)));
    Reference<css::document::XEventsSupplier> events(book.component(), UNO_QUERY_THROW);
    css::beans::PropertyValue binding[2];
    binding[0].Name = "EventType";
    binding[0].Value <<= ou("Script");
    binding[1].Name = "Script";
    binding[1].Value <<= ou("vnd.sun.star.script:Standard.Modul1.Main?language=Basic&location=document");
    events->getEvents()->replaceByName("OnLoad", css::uno::Any(css::uno::Sequence<css::beans::PropertyValue>(binding, 2)));
    book.recalculate();
    book.store_as(file, "calc8");
  }
  std::filesystem::remove(linked);  // the link now points nowhere: the cached values are what counts
  const CliRun run = pull(master, 1, {file.string()});
  CAPTURE(run.err);
  CHECK(run.exit_code == 0);
  CHECK_FALSE(std::filesystem::exists(marker));  // the macro never ran
  const auto records = master_actuals(master);
  CHECK(core::quarter_actuals(records, "PPUD-01", 2023)[0] == 88.0);
  CHECK(core::quarter_actuals(records, "PPUD-02", 2023)[0] == 30.0);  // the link's cached value, as a value
  CHECK(core::quarter_actuals(records, "PPUD-03", 2023)[0] == 30.0);  // the DDE cell's cached value
  // Nothing but values reached the master: no formula, no link, no macro library.
  Workbook book = Workbook::load(master);
  Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
  const auto actuals = unobase::sheet_named(document, "Realisasi");
  for (int r = 1; r <= 3; ++r) CHECK(actuals->getCellByPosition(4, r)->getType() == css::table::CellContentType_VALUE);
  Reference<css::beans::XPropertySet> properties(book.component(), UNO_QUERY_THROW);
  Reference<css::container::XIndexAccess> sheet_links(properties->getPropertyValue("SheetLinks"), UNO_QUERY_THROW);
  Reference<css::container::XIndexAccess> dde_links(properties->getPropertyValue("DDELinks"), UNO_QUERY_THROW);
  CHECK(sheet_links->getCount() == 0);
  CHECK(dde_links->getCount() == 0);
  Reference<css::script::XLibraryContainer> libraries(properties->getPropertyValue("BasicLibraries"), UNO_QUERY_THROW);
  CHECK_FALSE(libraries->hasByName("Modul1"));
}

TEST_CASE("the menu's pull is one undo step, with the master as it was after undo") {
  TempDir dir;
  const auto master = make_master(dir.path);
  const auto forms = make_forms(master, dir.path, 1);
  const auto file = dir.path / "linmas.ods";
  fill_ods_form(forms / "Kinerja-2023-TW1-Bidang-Perlindungan-Masyarakat.ods", file,
                {{"LINMAS-01", "0", ""}, {"LINMAS-02", "58", ""}});
  Workbook book = Workbook::load(master);
  const css::beans::PropertyValue arguments[] = {argument("InputUrls", css::uno::Any(ou(office::file_url(file)))),
                                                 argument("Quarter", css::uno::Any(sal_Int32(1)))};
  const css::frame::DispatchResultEvent event =
      dispatch(book, "org.kinerja:PullSubmissions", css::uno::Sequence<css::beans::PropertyValue>(arguments, 2));
  CHECK(event.State == css::frame::DispatchResultState::SUCCESS);
  Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
  const auto actuals = unobase::sheet_named(document, "Realisasi");
  CHECK(utf8(Reference<css::text::XText>(actuals->getCellByPosition(3, 1), UNO_QUERY_THROW)->getString()) == "LINMAS-01");
  CHECK(unobase::read_sheet(unobase::sheet_named(document, "Kiriman"), "Kiriman").row_count() == 2);
  auto undo = Reference<css::document::XUndoManagerSupplier>(book.component(), UNO_QUERY_THROW)->getUndoManager();
  CHECK(utf8(undo->getCurrentUndoActionTitle()) == say(kinerja::core::find_menu_command("PullSubmissions")->title));
  undo->undo();
  CHECK(unobase::read_sheet(actuals, "Realisasi").row_count() == 1);
  CHECK(unobase::read_sheet(unobase::sheet_named(document, "Kiriman"), "Kiriman").row_count() == 1);
  undo->redo();
  CHECK(unobase::read_sheet(actuals, "Realisasi").row_count() == 3);
}
