// Text as it may be sealed and stored, and names as they may be shown: every expected string
// is written out by hand, byte for byte.
#include <doctest/doctest.h>

#include <string>

#include "core/text.hpp"

using namespace kinerja::core;

TEST_CASE("free text keeps letters, spaces and line breaks, and CR LF and CR become LF") {
  const StorableText plain = storable_text("Cuaca buruk,  patroli ditunda.\nDijadwalkan ulang.");
  CHECK(plain.text == "Cuaca buruk,  patroli ditunda.\nDijadwalkan ulang.");
  CHECK_FALSE(plain.changed);
  // A tab becomes a space: LibreOffice's .ods drops tabs from a cell's text.
  const StorableText tab = storable_text("Cuaca buruk,\tpatroli ditunda.");
  CHECK(tab.text == "Cuaca buruk, patroli ditunda.");
  CHECK(tab.changed);
  const StorableText windows = storable_text("baris satu\r\nbaris dua\rbaris tiga");
  CHECK(windows.text == "baris satu\nbaris dua\nbaris tiga");
  CHECK_FALSE(windows.changed);
  // Indonesian and other non-ASCII text passes as it is: "Rp 1.250.000 — sesuai DPA ✓".
  const StorableText utf8 = storable_text("Rp 1.250.000 \xE2\x80\x94 sesuai DPA \xE2\x9C\x93");
  CHECK(utf8.text == "Rp 1.250.000 \xE2\x80\x94 sesuai DPA \xE2\x9C\x93");
  CHECK_FALSE(utf8.changed);
}

TEST_CASE("a soft line break from Excel (U+000B) becomes a line break, other control characters go, and both are said") {
  // Excel writes a soft line break in some cells as _x000B_, which reaches us as U+000B.
  const StorableText soft = storable_text("Personel kurang\x0B" "diajukan tambahan");
  CHECK(soft.text == "Personel kurang\ndiajukan tambahan");
  CHECK(soft.changed);
  CHECK(storable_text("a\x0C" "b\xC2\x85" "c").text == "a\nb\nc");  // form feed, NEL
  CHECK(storable_text(std::string("a\0b", 3)).text == "ab");
  CHECK(storable_text("a\x1F" "b\x7F" "c").text == "abc");
  // Other C1 controls (U+0080, U+009F) and the non-characters U+FFFE and U+FFFF.
  CHECK(storable_text("a\xC2\x80" "b\xC2\x9F" "c\xEF\xBF\xBE" "d\xEF\xBF\xBF").text == "abcd");
  // A right-to-left override (U+202E) and an isolate (U+2066) would reorder what follows.
  const StorableText bidi = storable_text("selesai \xE2\x80\xAE" "kadaluarsa\xE2\x81\xA6");
  CHECK(bidi.text == "selesai kadaluarsa");
  CHECK(bidi.changed);
}

TEST_CASE("bytes that are no UTF-8 become U+FFFD") {
  // A stray continuation byte, a cut sequence at the end, an overlong '/', a surrogate.
  CHECK(storable_text("a\x80" "b").text == "a\xEF\xBF\xBD" "b");
  CHECK(storable_text("a\xE2\x82").text == "a\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(storable_text("\xC0\xAF").text == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(storable_text("\xED\xA0\x80").text == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(storable_text("a\x80").changed);
}

TEST_CASE("a name is shown on one line, every control and bidirectional character marked") {
  CHECK(shown_name("Kinerja-2023-TW2-Sekretariat.xlsx") == "Kinerja-2023-TW2-Sekretariat.xlsx");
  // "laporan<RLO>xslx.exe" would show as "laporanexe.xlsx".
  CHECK(shown_name("laporan\xE2\x80\xAExslx.exe") == "laporan\xEF\xBF\xBDxslx.exe");
  CHECK(shown_name("baris\nkedua\tkolom.ods") == "baris\xEF\xBF\xBDkedua\xEF\xBF\xBDkolom.ods");
  CHECK(shown_name("Formulir Bidang Linmas.ods") == "Formulir Bidang Linmas.ods");
}
