#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/grid.hpp"
#include "core/text.hpp"
#include "core/header_match.hpp"
#include "core/problem.hpp"

using namespace kinerja::core;

TEST_CASE("A1 addresses, qualified by sheet") {
  CHECK(column_letters(0) == "A");
  CHECK(column_letters(25) == "Z");
  CHECK(column_letters(26) == "AA");
  CHECK(column_letters(701) == "ZZ");
  CHECK(column_letters(702) == "AAA");
  CHECK(a1_address("PK", 3, 2) == "PK!C4");
  CHECK(a1_address("Jejak SOP", 0, 0) == "'Jejak SOP'!A1");
  CHECK(a1_address("Bob's", 0, 0) == "'Bob''s'!A1");
  CHECK(a1_address("", 0, 1) == "B1");
  const Grid grid("Rekap", {{std::string("x")}}, 4, 2);
  CHECK(grid.address(0, 0) == "Rekap!C5");
  CHECK(grid.address(1, 1) == "Rekap!D6");
}

TEST_CASE("grid cells outside the data are empty, text of numbers is shortest") {
  const Grid grid("S", {{Number{80}, std::string("  a "), Empty{}}, {Number{18.4}}});
  CHECK(grid.row_count() == 2);
  CHECK(grid.column_count() == 3);
  CHECK(grid.text(0, 0) == "80");
  CHECK(grid.text(1, 0) == "18.4");
  CHECK(grid.text(0, 1) == "a");
  CHECK(grid.text(0, 2).empty());
  CHECK(grid.text(7, 7).empty());
  CHECK(std::holds_alternative<Empty>(grid.at(-1, 0)));
  CHECK_FALSE(grid.row_is_empty(0));
  const Grid blank("S", {{std::string("  "), Empty{}}});
  CHECK(blank.row_is_empty(0));
}

namespace {

const std::vector<ColumnSpec> specs = {
    {"kode", {"Kode"}, true},
    {"polaritas", {"Polaritas", "arah"}, true},
    {"target_tw1", {"Target TW I", "tw1"}, true},
    {"bobot", {"Bobot"}, false},
};

}  // namespace

TEST_CASE("header matching tolerates case, spaces, line breaks, moved columns, aliases") {
  const Grid grid("PK", {
                            {std::string("Rencana Kinerja 2023")},
                            {},
                            {std::string("catatan"), std::string(" TARGET\nTW  I "), std::string("ARAH"),
                             std::string("kode")},
                            {std::string("x"), Number{5}, std::string("positif"), std::string("A-1")},
                        });
  const HeaderMatch match = match_header(grid, specs);
  CHECK(match.header_row == 2);
  CHECK(match.column("kode") == 3);
  CHECK(match.column("polaritas") == 2);
  CHECK(match.column("target_tw1") == 1);
  CHECK(match.column("bobot") == -1);
  CHECK(match.problems.empty());
  CHECK(header_key("target_tw1") == "targettw1");
  CHECK(header_key("Capaian (%)") == "capaian%");
}

TEST_CASE("missing columns and missing headers are problems naming the place") {
  const Grid grid("PK", {{std::string("Kode"), std::string("Bobot")}});
  const HeaderMatch match = match_header(grid, specs);
  REQUIRE(match.problems.size() == 2);
  CHECK(match.problems[0].severity == Severity::error);
  CHECK(match.problems[0].message == "Kolom \"Polaritas\" tidak ada pada baris judul.");
  CHECK(match.problems[0].where == "PK!A1");
  CHECK(match.problems[1].message == "Kolom \"Target TW I\" tidak ada pada baris judul.");

  const HeaderMatch none = match_header(Grid("Data", {{std::string("foo")}}), specs);
  CHECK(none.header_row == -1);
  REQUIRE(none.problems.size() == 1);
  CHECK(none.problems[0].where == "Data");
  CHECK(none.problems[0].message ==
        "Baris judul kolom tidak ditemukan. Kolom yang diharapkan: Kode, Polaritas, Target TW I.");
  CHECK(has_errors(none.problems));
  CHECK(describe({Severity::warning, "Pesan.", "PK!B2", "pk.csv"}) == "pk.csv: PK!B2: Peringatan: Pesan.");
}

TEST_CASE("the longest word of a header, the part that must fit on one line") {
  CHECK(longest_word("Realisasi s.d. TW II") == 9);
  CHECK(longest_word("Capaian (%)") == 7);
  CHECK(longest_word("No") == 2);
  CHECK(longest_word("") == 0);
  CHECK(longest_word("  dua  spasi ") == 5);
}
