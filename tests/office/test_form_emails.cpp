// kinerja forms --eml: a message per bidang to its contact, the form attached, read back by
// Python's email library (as any mail program would parse it).
#include <doctest/doctest.h>

#include <com/sun/star/sheet/XSpreadsheetDocument.hpp>
#include <com/sun/star/text/XText.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "office_fixture.hpp"
#include "pull_fixture.hpp"
#include "unobase/grid_io.hpp"

using namespace kinerja::test;
using namespace kinerja;
using css::uno::Reference;
using css::uno::UNO_QUERY_THROW;

namespace {

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("kinerja forms --eml: one message per bidang to its contact, the form attached, readable by a mail parser") {
  TempDir dir;
  const auto master = make_master(dir.path);
  {  // The officer fills in Sekretariat's contact on Pengaturan (Kontak Bidang).
    Workbook book = Workbook::load(master);
    Reference<css::sheet::XSpreadsheetDocument> document(book.component(), UNO_QUERY_THROW);
    const auto settings = unobase::sheet_named(document, "Pengaturan");
    const core::Grid grid = unobase::read_sheet(settings, "Pengaturan");
    int row = -1;
    for (int r = 0; r < grid.row_count(); ++r) {
      if (grid.text(r, 0) == "Sekretariat") row = r;
    }
    REQUIRE(row > 0);  // a new master has a contact row for every bidang
    Reference<css::text::XText>(settings->getCellByPosition(1, row), UNO_QUERY_THROW)->setString("Ani Lestari");
    Reference<css::text::XText>(settings->getCellByPosition(2, row), UNO_QUERY_THROW)->setString("ani@satpolpp.contoh.go.id");
    book.store_as(master, "calc8");
  }
  const auto forms = dir.path / "formulir";
  const auto mail = dir.path / "surel";
  const CliRun run = run_cli({"forms", "--master", master.string(), "--quarter", "2", "--out", forms.string(), "--eml",
                              mail.string()});
  CAPTURE(run.err);
  REQUIRE(run.exit_code == 0);
  CHECK(run.out.find("4 pesan surel formulir TW II 2023 (.eml) dibuat di folder " + mail.string() + ". 3 tanpa alamat penerima") !=
        std::string::npos);
  CHECK(run.err.find("Surel Bidang Perlindungan Masyarakat belum diisi di Pengaturan (Kontak Bidang)") != std::string::npos);
  const auto eml = mail / "Kinerja-2023-TW2-Sekretariat.eml";
  REQUIRE(std::filesystem::exists(eml));
  // Parsed by Python's email package: the headers, the body, the attachment's bytes.
  const auto out = dir.path / "parsed.txt";
  const auto attachment = dir.path / "lampiran.xlsx";
  python(R"py(
import sys, email
from email import policy
with open(sys.argv[1], "rb") as f:
    message = email.message_from_binary_file(f, policy=policy.default)
body = message.get_body(preferencelist=("plain",)).get_content()
parts = list(message.iter_attachments())
assert len(parts) == 1
with open(sys.argv[3], "wb") as f:
    f.write(parts[0].get_content())
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("To: %s\nSubject: %s\nFile: %s\nBody: %s\n" % (message["To"], message["Subject"], parts[0].get_filename(),
                                                        body.splitlines()[0]))
)py",
         {eml.string(), out.string(), attachment.string()});
  const std::string parsed = read_text(out);
  CHECK(parsed.find("To: Ani Lestari <ani@satpolpp.contoh.go.id>\n") != std::string::npos);
  CHECK(parsed.find("Subject: Formulir Realisasi Kinerja TW II 2023 - Sekretariat (batas kirim 10 Juli 2023)\n") !=
        std::string::npos);
  CHECK(parsed.find("File: Kinerja-2023-TW2-Sekretariat.xlsx\n") != std::string::npos);
  CHECK(parsed.find("Body: Yth. Ani Lestari,\n") != std::string::npos);
  CHECK(file_sha256(attachment) == file_sha256(forms / "Kinerja-2023-TW2-Sekretariat.xlsx"));  // the form itself

  // Made again without --force: the forms and the messages are kept.
  const std::string before = file_sha256(eml);
  CHECK(run_cli({"forms", "--master", master.string(), "--quarter", "2", "--out", forms.string(), "--eml", mail.string()})
            .exit_code != 0);
  CHECK(file_sha256(eml) == before);
}
