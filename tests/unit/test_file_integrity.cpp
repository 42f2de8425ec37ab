// The readers of untrusted packages: ZIP archives, XML parts, Compound Files and the verdict on
// a submitted file. Archives are written byte by byte here (zip_builder), then damaged at one
// known place; every expected text is written out by hand.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "core/compound_file.hpp"
#include "core/file_integrity.hpp"
#include "core/xml_check.hpp"
#include "core/zip_archive.hpp"
#include "zip_builder.hpp"

using namespace kinerja::core;
using kinerja::test::ZipPart;

namespace {

// The verdict on a file named as a bidang's form.
std::optional<std::string> damage_of(std::string_view bytes) { return file_damage(bytes, "formulir.ods"); }

// The content of an entry read whole; the reader's error when it fails.
std::string read_all(const std::string& archive, const ZipEntry& entry, std::string* error = nullptr,
                     std::uint64_t max_size = 1 << 20) {
  std::string out;
  const std::string failure = read_zip_entry(archive, entry, max_size, [&](std::string_view piece) {
    out.append(piece);
    return true;
  });
  if (error != nullptr) *error = failure;
  return out;
}

bool contains(const std::optional<std::string>& text, const std::string& part) {
  return text && text->find(part) != std::string::npos;
}

// A small spreadsheet package as Excel lays it out: content types, the package's relationships
// to the workbook, the workbook's to its sheet and styles.
std::vector<ZipPart> xlsx_parts() {
  return {
      {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
      {"_rels/.rels",
       "<?xml version=\"1.0\"?><Relationships><Relationship Id=\"rId1\" Target=\"xl/workbook.xml\"/>"
       "<Relationship Id=\"rId2\" TargetMode=\"External\" Target=\"https://contoh.go.id/x.xml\"/></Relationships>"},
      {"xl/workbook.xml", "<?xml version=\"1.0\"?><workbook><sheets><sheet name=\"Formulir\" r:id=\"rId1\"/></sheets></workbook>"},
      {"xl/_rels/workbook.xml.rels",
       "<?xml version=\"1.0\"?><Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
       "<Relationship Id=\"rId2\" Target=\"/xl/styles.xml\"/></Relationships>"},
      {"xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><worksheet><sheetData><row r=\"1\"><c r=\"A1\" s=\"1\"><v>93.8</v></c></row></sheetData></worksheet>"},
      {"xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"0.0%\"/></numFmts></styleSheet>"},
  };
}

std::vector<ZipPart> ods_parts() {
  return {
      {"mimetype", "application/vnd.oasis.opendocument.spreadsheet", false},
      {"META-INF/manifest.xml",
       "<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
       "<manifest:file-entry manifest:full-path=\"/\"/><manifest:file-entry manifest:full-path=\"content.xml\"/>"
       "<manifest:file-entry manifest:full-path=\"meta.xml\"/><manifest:file-entry manifest:full-path=\"Configurations2/\"/>"
       "</manifest:manifest>"},
      {"content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"o\"><office:body/></office:document-content>"},
      {"meta.xml", "<?xml version=\"1.0\"?><office:document-meta xmlns:office=\"o\"><office:meta/></office:document-meta>"},
  };
}

std::vector<ZipPart> with_content(std::vector<ZipPart> parts, const std::string& name, const std::string& content) {
  for (ZipPart& part : parts) {
    if (part.name == name) part.content = content;
  }
  return parts;
}

std::vector<ZipPart> without(std::vector<ZipPart> parts, const std::string& name) {
  std::erase_if(parts, [&](const ZipPart& p) { return p.name == name; });
  return parts;
}

}  // namespace

TEST_CASE("the test's own CRC-32 is the standard one (check value of \"123456789\")") {
  CHECK(kinerja::test::crc32_of("123456789") == 0xCBF43926u);
}

TEST_CASE("a ZIP archive: its entries listed and read back, stored and deflated") {
  const std::string archive = kinerja::test::zip_archive(
      {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet", false}, {"content.xml", "<a>isi</a>", true}});
  const ZipListing listing = list_zip(archive);
  REQUIRE(listing.error.empty());
  REQUIRE(listing.entries.size() == 2);
  CHECK(listing.entries[0].name == "mimetype");
  CHECK(listing.entries[0].method == 0);
  CHECK(listing.entries[1].name == "content.xml");
  CHECK(listing.entries[1].method == 8);
  CHECK(listing.entries[1].size == 10);
  std::string error;
  CHECK(read_all(archive, listing.entries[0], &error) == "application/vnd.oasis.opendocument.spreadsheet");
  CHECK(error.empty());
  CHECK(read_all(archive, listing.entries[1], &error) == "<a>isi</a>");
  CHECK(error.empty());
}

TEST_CASE("a ZIP archive cut, with a flipped byte, cut data, two entries of one name or a lying size is refused") {
  const std::vector<ZipPart> parts = {{"a.xml", "<a>satu dua tiga</a>", false}, {"b.xml", std::string(5000, 'b'), true}};
  const std::string archive = kinerja::test::zip_archive(parts);
  const auto data = kinerja::test::zip_part_data(parts);

  // The end of the archive (its directory) cut off.
  CHECK(list_zip(archive.substr(0, archive.size() - 10)).error == "akhir arsip ZIP tidak ditemukan (berkas terpotong)");
  CHECK(list_zip("").error == "akhir arsip ZIP tidak ditemukan (berkas terpotong)");

  // One byte of the stored part changed: its CRC no longer matches.
  std::string flipped = archive;
  flipped[data[0].offset + 3] = 'X';
  const ZipListing listing = list_zip(flipped);
  REQUIRE(listing.entries.size() == 2);
  std::string error;
  read_all(flipped, listing.entries[0], &error);
  CHECK(error == "isinya tidak cocok dengan CRC-nya (rusak)");

  // The deflated data garbled in its middle.
  std::string garbled = archive;
  for (std::size_t i = 0; i < data[1].length / 2; ++i) garbled[data[1].offset + i] = '\xFF';
  read_all(garbled, list_zip(garbled).entries[1], &error);
  CHECK(error == "data terkompresi rusak");

  // Two entries named alike: which one would the office read?
  const std::string twice = kinerja::test::zip_archive({{"a.xml", "<a/>"}, {"a.xml", "<b/>"}});
  CHECK(list_zip(twice).error == "bagian a.xml ada dua kali");

  // The directory says the part is longer than it is.
  ZipEntry lying = list_zip(archive).entries[0];
  lying.size += 1;
  lying.compressed_size += 1;
  read_all(archive, lying, &error);
  CHECK(error == "isinya tidak cocok dengan CRC-nya (rusak)");
  ZipEntry beyond = list_zip(archive).entries[1];
  beyond.compressed_size = archive.size();
  read_all(archive, beyond, &error);
  CHECK(error == "terpotong");
}

TEST_CASE("an entry larger than allowed once unpacked is not unpacked, an encrypted one not read") {
  const std::string archive = kinerja::test::zip_archive({{"nol.xml", std::string(4 << 20, '0'), true}});
  const ZipListing listing = list_zip(archive);
  REQUIRE(listing.entries.size() == 1);
  CHECK(listing.entries[0].compressed_size < 10000);  // 4 MiB of zeros pack small: a bomb's shape
  std::string error;
  CHECK(read_all(archive, listing.entries[0], &error, 1 << 20).empty());
  CHECK(error == "terlalu besar setelah dibuka");
  ZipEntry encrypted = listing.entries[0];
  encrypted.flags |= 1;
  read_all(archive, encrypted, &error);
  CHECK(error == "terenkripsi");
}

TEST_CASE("XML is whole, cut or mismatched, and entities cannot blow it up") {
  XmlCheck whole;
  CHECK(whole.feed("<?xml version=\"1.0\"?><a><b x=\"1\"/>"));
  CHECK(whole.feed("</a>"));
  CHECK(whole.finish() == std::nullopt);

  XmlCheck cut_between;
  cut_between.feed("<?xml version=\"1.0\"?>\n<a><b/>");
  CHECK(cut_between.finish() == std::optional<std::string>("terpotong (baris 2, kolom 8)"));

  XmlCheck cut_inside;
  cut_inside.feed("<a><numFmt formatCode=\"0.0");
  CHECK(cut_inside.finish() == std::optional<std::string>("terpotong (baris 1, kolom 4)"));

  XmlCheck mismatched;
  CHECK_FALSE(mismatched.feed("<a><b></a>"));
  CHECK(mismatched.finish() == std::optional<std::string>("tanda pembuka dan penutupnya tidak cocok (baris 1, kolom 9)"));

  // LibreOffice's macro parts name an external DTD: read as they are, the DTD never fetched.
  XmlCheck doctype;
  doctype.feed("<?xml version=\"1.0\"?><!DOCTYPE script:module PUBLIC \"-//OpenOffice.org//DTD OfficeDocument 1.0//EN\" "
               "\"module.dtd\"><script:module xmlns:script=\"s\">Sub Main</script:module>");
  CHECK(doctype.finish() == std::nullopt);
  // Entities that expand a thousand-fold at each level are stopped (expat's amplification limit).
  std::string laughs = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY l0 \"haha\">";
  for (int i = 1; i < 8; ++i) {
    laughs += "<!ENTITY l" + std::to_string(i) + " \"";
    for (int k = 0; k < 30; ++k) laughs += "&l" + std::to_string(i - 1) + ";";
    laughs += "\">";
  }
  laughs += "]><a>&l7;</a>";
  XmlCheck bomb;
  bomb.feed(laughs);
  const std::optional<std::string> stopped = bomb.finish();
  REQUIRE(stopped.has_value());
  CHECK(stopped->starts_with("bukan XML yang utuh (baris "));

  XmlCheck empty;
  CHECK(empty.finish() == std::optional<std::string>("kosong (baris 1, kolom 1)"));

  std::string targets;
  XmlCheck links([&](const XmlElement& e) {
    if (e.name == "Relationship") targets += std::string(e.attribute("Target")) + "|" + std::string(e.attribute("Nope")) + ";";
  });
  links.feed("<Relationships><Relationship Id=\"r1\" Target=\"styles.xml\"/><Relationship Target=\"a%20b.xml\"/></Relationships>");
  CHECK(links.finish() == std::nullopt);
  CHECK(targets == "styles.xml|;a%20b.xml|;");
}

TEST_CASE("a Compound File (.xls) whole, cut, or with a chain out of the file or in a loop") {
  const std::string file = kinerja::test::compound_file(5000);  // 10 sectors of stream
  REQUIRE(file.size() == 512 + 512 + 512 + 10 * 512);
  CHECK(is_compound_file(file));
  CHECK(compound_file_damage(file) == std::nullopt);
  // The last sector holds 5000 - 9 * 512 = 392 bytes of the stream and 120 of padding: cutting
  // the padding loses nothing, cutting 200 bytes loses 80 of the stream.
  CHECK(compound_file_damage(file.substr(0, file.size() - 100)) == std::nullopt);
  CHECK(compound_file_damage(file.substr(0, file.size() - 200)) ==
        std::optional<std::string>("aliran datanya lebih pendek dari ukurannya (terpotong)"));
  CHECK(compound_file_damage(file.substr(0, file.size() - 3 * 512)) ==
        std::optional<std::string>("aliran datanya menunjuk ke luar berkas (terpotong)"));
  CHECK(compound_file_damage(file.substr(0, 300)) == std::optional<std::string>("terpotong di kepalanya"));
  // The FAT entry of sector 5 (offset 512 + 4 * 5) pointing back at sector 2: a loop.
  std::string looping = file;
  looping[512 + 4 * 5] = 2;
  looping[512 + 4 * 5 + 1] = looping[512 + 4 * 5 + 2] = looping[512 + 4 * 5 + 3] = 0;
  CHECK(compound_file_damage(looping) == std::optional<std::string>("aliran datanya berputar (rusak)"));
  CHECK_FALSE(is_compound_file("PK\x03\x04"));
}

TEST_CASE("a whole .xlsx package passes, a cut or missing part of any kind is named") {
  CHECK(damage_of(kinerja::test::zip_archive(xlsx_parts())) == std::nullopt);

  // The styles part cut inside its number format: the office would read 93.8 without its percent.
  // The declaration (21 characters), <styleSheet> (12) and <numFmts count="1"> (19) stand whole;
  // the cut <numFmt ... starts at column 53.
  const std::string styles = xlsx_parts()[5].content;
  const auto cut_styles = damage_of(
      kinerja::test::zip_archive(with_content(xlsx_parts(), "xl/styles.xml", styles.substr(0, styles.size() - 40))));
  CHECK(cut_styles == std::optional<std::string>(
                          "Berkas rusak: bagian xl/styles.xml tidak utuh: terpotong (baris 1, kolom 53). "
                          "Minta bidang menyimpan ulang formulirnya lalu mengirimnya lagi."));

  const auto no_styles = damage_of(kinerja::test::zip_archive(without(xlsx_parts(), "xl/styles.xml")));
  CHECK(no_styles == std::optional<std::string>(
                         "Berkas rusak: bagian xl/styles.xml yang disebut xl/_rels/workbook.xml.rels tidak ada. "
                         "Minta bidang menyimpan ulang formulirnya lalu mengirimnya lagi."));

  CHECK(contains(damage_of(kinerja::test::zip_archive(
                     with_content(xlsx_parts(), "xl/workbook.xml", "<?xml version=\"1.0\"?><workbook><sheets>"))),
                 "bagian xl/workbook.xml tidak utuh: terpotong"));
  CHECK(contains(damage_of(kinerja::test::zip_archive(without(xlsx_parts(), "_rels/.rels"))),
                 "bagian _rels/.rels tidak ada"));
  // A relationship that climbs out of the package.
  CHECK(contains(damage_of(kinerja::test::zip_archive(with_content(
                     xlsx_parts(), "xl/_rels/workbook.xml.rels",
                     "<Relationships><Relationship Id=\"r\" Target=\"../../../etc/passwd\"/></Relationships>"))),
                 "bagian xl/_rels/workbook.xml.rels menunjuk ke luar berkas"));
  // The archive's own end cut.
  const std::string whole = kinerja::test::zip_archive(xlsx_parts());
  CHECK(damage_of(whole.substr(0, whole.size() - 30)) ==
        std::optional<std::string>("Berkas rusak: arsipnya akhir arsip ZIP tidak ditemukan (berkas terpotong). "
                                   "Minta bidang menyimpan ulang formulirnya lalu mengirimnya lagi."));
}

TEST_CASE("a whole .ods package passes, a cut meta.xml, a missing listed part or no content.xml is named") {
  CHECK(damage_of(kinerja::test::zip_archive(ods_parts())) == std::nullopt);
  CHECK(contains(damage_of(kinerja::test::zip_archive(
                     with_content(ods_parts(), "meta.xml", "<?xml version=\"1.0\"?><office:document-meta xmlns:office=\"o\">"))),
                 "bagian meta.xml tidak utuh: terpotong"));
  CHECK(contains(damage_of(kinerja::test::zip_archive(without(ods_parts(), "meta.xml"))),
                 "bagian meta.xml yang disebut META-INF/manifest.xml tidak ada"));
  CHECK(contains(damage_of(kinerja::test::zip_archive(without(ods_parts(), "content.xml"))),
                 "bagian content.xml yang disebut META-INF/manifest.xml tidak ada"));
}

TEST_CASE("an .ods or .xlsx saved with a password is said to be one, not damaged") {
  // The manifest marks content.xml encrypted; its bytes are no XML.
  const auto parts = with_content(
      with_content(ods_parts(), "META-INF/manifest.xml",
                   "<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"m\"><manifest:file-entry manifest:full-path=\"/\"/>"
                   "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data manifest:checksum=\"x\"/>"
                   "</manifest:file-entry><manifest:file-entry manifest:full-path=\"meta.xml\"/></manifest:manifest>"),
      "content.xml", std::string("\x93\x11\xfe\x02 sandi", 10));
  CHECK(damage_of(kinerja::test::zip_archive(parts)) ==
        std::optional<std::string>("Berkas formulir.ods dilindungi sandi (terenkripsi): minta bidang mengirim ulang tanpa "
                                   "sandi."));
  // An encrypted .xlsx is a Compound File holding EncryptionInfo and EncryptedPackage (UTF-16LE
  // names in its directory), however whole its chains are.
  const auto utf16 = [](std::string_view ascii) {
    std::string out;
    for (char c : ascii) out += std::string{c, '\0'};
    return out;
  };
  const std::string encrypted_xlsx = kinerja::test::compound_file(600) + utf16("EncryptionInfo") + utf16("EncryptedPackage");
  CHECK(file_damage(encrypted_xlsx, "sek.xlsx") ==
        std::optional<std::string>("Berkas sek.xlsx dilindungi sandi (terenkripsi): minta bidang mengirim ulang tanpa sandi."));
}

TEST_CASE("a flat .fods must be whole XML, CSV and text have no structure to check, over 64 MiB is too large") {
  const std::string fods = "<?xml version=\"1.0\"?>\n<office:document xmlns:office=\"o\"><office:body/></office:document>\n";
  CHECK(damage_of(fods) == std::nullopt);
  CHECK(contains(damage_of(fods.substr(0, 60)), "Berkas rusak: isi XML-nya tidak utuh: terpotong"));
  CHECK(damage_of("Kode;Realisasi\nSEK-01;93,8\n") == std::nullopt);
  CHECK(damage_of("") == std::nullopt);
  CHECK(damage_of(std::string(submission_max_bytes + 1, ' ')) ==
        std::optional<std::string>("Berkas lebih dari 64 MiB: terlalu besar untuk sebuah formulir, tidak dibaca."));
  const std::string xls = kinerja::test::compound_file(4096);
  CHECK(damage_of(xls) == std::nullopt);
  CHECK(contains(damage_of(xls.substr(0, xls.size() - 700)), "Berkas rusak: berkas majemuknya (.xls) aliran datanya"));
}
