// The SOP trail (Jejak SOP), SHA-256 against the published known-answer vectors, and the
// small rules the CLI and the menu share (periods, formats, quarters, years).
#include <doctest/doctest.h>

#include <string>

#include "core/file_format.hpp"
#include "core/master_layout.hpp"
#include "core/master_settings.hpp"
#include "core/period.hpp"
#include "core/sha256.hpp"
#include "core/sop.hpp"

using namespace kinerja::core;

TEST_CASE("the SOP trail: nine steps, the latest record of each, against its time standard") {
  CHECK(sop_steps().size() == 9);
  CHECK(sop_steps()[2].standard == "2 Menit");
  CHECK(sop_steps()[2].standard_seconds == 120);
  CHECK(sop_steps()[6].standard_seconds == 120.0 * 24 * 3600);

  std::map<int, SopRecord> records;
  records[3] = {"2023-07-12 09:30", "kinerja rollup", "budi", 1.5};
  records[2] = {"2023-07-11 10:00", "Tarik Kiriman Bidang", "ani", 45 * 60};  // over the 30 minutes
  const Grid grid = sop_trail_grid(records);
  REQUIRE(grid.row_count() == 12);  // header, 9 steps, an empty row, the note
  // It says plainly what it measures: the command's run time, not the whole step.
  CHECK(grid.text(0, 8) == "Lama Perintah");
  CHECK(grid.text(0, 9) == "Perintah dalam Waktu Standar");
  CHECK(grid.text(11, 0).rfind("Lama Perintah: waktu kerja perintah Kinerja untuk langkah itu, bukan seluruh", 0) == 0);
  const auto& titles = master_layout::headers(master_layout::sop_trail);
  for (std::size_t c = 0; c < titles.size(); ++c) CHECK(grid.text(0, static_cast<int>(c)) == titles[c]);
  CHECK(grid.text(1, 1) == "Memerintahkan untuk mengumpulkan data laporan kinerja triwulan");
  CHECK(grid.text(1, 5).empty());  // step 1 not done yet
  CHECK(grid.text(3, 5) == "2023-07-12 09:30");
  CHECK(grid.text(3, 6) == "kinerja rollup");
  CHECK(grid.text(3, 7) == "budi");
  CHECK(grid.text(3, 8) == "1,5 detik");  // two decimals at most, no trailing zero
  CHECK(grid.text(3, 9) == "Ya");
  CHECK(grid.text(2, 8) == "45 menit 0 detik");
  CHECK(grid.text(2, 9) == "Tidak");

  CHECK(find_sop_row(grid, 1) == 1);
  CHECK(find_sop_row(grid, 9) == 9);
  CHECK(find_sop_row(grid, 10) == -1);
  CHECK(find_sop_row(Grid("Jejak SOP", {{std::string("No")}}), 3) == -1);
}

// FIPS 180-4 examples (NIST CSRC "SHA256.pdf", "SHA256ShortMsg"/"LongMsg" vectors).
TEST_CASE("SHA-256 gives the published known answers") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqr"
                   "lmnopqrsmnopqrstnopqrstu") ==
        "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
  // One million 'a', fed in pieces that do not fall on block boundaries.
  Sha256 million;
  const std::string piece(997, 'a');
  std::size_t fed = 0;
  while (fed + piece.size() <= 1000000) {
    million.update(piece);
    fed += piece.size();
  }
  million.update(std::string(1000000 - fed, 'a'));
  CHECK(million.hex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  // 55, 56 and 64 bytes, the padding's edge cases (answers from coreutils sha256sum).
  CHECK(sha256_hex(std::string(55, 'a')) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318");
  CHECK(sha256_hex(std::string(56, 'a')) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a");
  CHECK(sha256_hex(std::string(64, 'a')) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb");
}

TEST_CASE("report periods, quarters, formats and years as the CLI and the menu take them") {
  CHECK(parse_report_period("tw2") == Period::tw2);
  CHECK(parse_report_period("TW III") == Period::tw3);
  CHECK(parse_report_period("sd2") == Period::tw2);  // a period to date asks for the quarter's report
  CHECK(parse_report_period("Semester 1") == Period::s1);
  CHECK(parse_report_period("tahunan") == Period::year);
  CHECK_FALSE(parse_report_period("tw5").has_value());
  CHECK_FALSE(parse_report_period("").has_value());
  CHECK(report_period_codes() == "tw1, tw2, tw3, tw4, s1, s2, year");
  for (Period period : report_periods) CHECK(parse_report_period(code_of(period)) == period);

  CHECK(semester_of(1) == Period::s1);
  CHECK(semester_of(2) == Period::s1);
  CHECK(semester_of(3) == Period::s2);
  CHECK(semester_of(4) == Period::s2);
  CHECK(is_quarter(1));
  CHECK(is_quarter(4));
  CHECK_FALSE(is_quarter(working_quarter_request));
  CHECK_FALSE(is_quarter(5));

  CHECK(parse_formats("ods") == std::vector<FileFormat>{FileFormat::ods});
  CHECK(parse_formats("XLSX") == std::vector<FileFormat>{FileFormat::xlsx});
  CHECK(parse_formats("both") == std::vector<FileFormat>{FileFormat::ods, FileFormat::xlsx});
  CHECK(parse_formats("pdf").empty());
  CHECK(extension_of(FileFormat::xlsx) == "xlsx");

  CHECK(valid_year(1900));
  CHECK(valid_year(2023));
  CHECK(valid_year(2200));
  CHECK_FALSE(valid_year(1899));
  CHECK_FALSE(valid_year(2201));
  CHECK(MasterInfo{}.agency == "Satuan Polisi Pamong Praja");

  // The working quarter: the master's Triwulan Berjalan, else the last quarter that ended.
  MasterInfo info;
  info.year = 2023;
  CHECK(working_quarter(info, Date{2023, 8, 1}) == 2);
  CHECK(working_quarter(info, Date{2024, 2, 1}) == 4);
  info.current_quarter = 3;
  CHECK(working_quarter(info, Date{2023, 8, 1}) == 3);
}
