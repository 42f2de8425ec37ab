// LibreOffice's words after a sentence of ours, and encrypted files told by their content.
#include <doctest/doctest.h>

#include <string>

#include "core/encrypted_file.hpp"
#include "core/office_words.hpp"
#include "core/outcome_messages.hpp"

using namespace kinerja::core;

TEST_CASE("LibreOffice's words lose their source locations, are folded and shortened") {
  CHECK(office_words("Unsupported URL <file:///tmp/a.xlsx>: \"type detection aborted\" at "
                     "./framework/source/loadenv/loadenv.cxx:189") ==
        "Unsupported URL <file:///tmp/a.xlsx>: \"type detection aborted\"");
  CHECK(office_words("SfxBaseModel::impl_store <file:///tmp/x/salinan.xlsx> failed: 0x507(Error Area:Io Class:Access "
                     "Code:7) at /build/libreoffice-7.4.7/sfx2/source/doc/sfxbasemodel.cxx:3207 at "
                     "./sfx2/source/doc/sfxbasemodel.cxx:1792") ==
        "SfxBaseModel::impl_store <file:///tmp/x/salinan.xlsx> failed: 0x507(Error Area:Io Class:Access Code:7)");
  CHECK(office_words("Binary URP bridge disposed during call at ./binaryurp/source/bridge.cxx:1013") ==
        "Binary URP bridge disposed during call");
  CHECK(office_words("  two\n  lines\tand spaces ") == "two lines and spaces");
  CHECK(office_words("meet at the corner") == "meet at the corner");        // no location: kept
  CHECK(office_words("a failure at ./x.cxx:12b") == "a failure at ./x.cxx:12b");  // no line number: kept
  CHECK(office_words(std::string(300, 'x'), 20) == std::string(17, 'x') + "...");
  CHECK(office_words("at ./only.cxx:1").empty() == false);  // not " at ": the start of the text stays
  CHECK(office_words(" at ./only.cxx:1").empty());
  CHECK(has_source_location("x at ./sfx2/source/doc/sfxbasemodel.cxx:3207"));
  CHECK_FALSE(has_source_location("Berkas a.xlsx dilindungi sandi (terenkripsi): minta bidang mengirim ulang tanpa sandi."));
  CHECK(without_source_locations("satu\ndua at ./a/b.cxx:9\ntiga") == "satu\ndua\ntiga");
}

TEST_CASE("a sentence of ours keeps its words first, LibreOffice's follow in brackets") {
  CHECK(with_office_words("Berkas a.xlsx tidak dapat dibuka: minta bidang mengirim ulang.",
                          "Unsupported URL <file:///a.xlsx>: \"type detection aborted\" at ./framework/source/loadenv/loadenv.cxx:189") ==
        "Berkas a.xlsx tidak dapat dibuka: minta bidang mengirim ulang (LibreOffice: Unsupported URL <file:///a.xlsx>: "
        "\"type detection aborted\").");
  CHECK(with_office_words("Tidak dapat terhubung.", "") == "Tidak dapat terhubung.");
  CHECK(with_office_words("Tidak dapat terhubung.", " at ./x.cxx:3") == "Tidak dapat terhubung.");
  // The mail service's words, as the sending command says them.
  CHECK(outcome::no_mail_program("No mail client configured at ./shell/source/cmdmail/cmdmailsuppl.cxx:259").id ==
        "Program surel tidak dapat dibuka (No mail client configured). Atur program surel di Alat > Opsi > Internet > "
        "Surel, atau buat pesan .eml dengan kinerja forms --eml.");
}

TEST_CASE("an encrypted .xlsx is a compound file with EncryptionInfo and EncryptedPackage") {
  const std::string signature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  const auto utf16 = [](const std::string& ascii) {
    std::string out;
    for (char c : ascii) out += std::string(1, c) + '\0';
    return out;
  };
  std::string encrypted = signature + std::string(504, '\0') + utf16("EncryptionInfo") + std::string(50, '\0') +
                          utf16("EncryptedPackage");
  CHECK(is_encrypted_ooxml(encrypted));
  CHECK_FALSE(is_encrypted_ooxml(signature + std::string(504, '\0') + utf16("Workbook")));  // an old .xls
  CHECK_FALSE(is_encrypted_ooxml("PK\x03\x04" + utf16("EncryptionInfo") + utf16("EncryptedPackage")));  // a zip
  CHECK_FALSE(is_encrypted_ooxml(signature + "EncryptionInfo EncryptedPackage"));  // not the directory's UTF-16
  CHECK_FALSE(is_encrypted_ooxml(""));
}

TEST_CASE("an encrypted .ods's manifest describes its encryption, and the refusals say what to do") {
  CHECK(is_encrypted_odf_manifest(
      "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\" manifest:size=\"4711\">"
      "<manifest:encryption-data manifest:checksum-type=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k\">"));
  CHECK_FALSE(is_encrypted_odf_manifest(
      "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"));
  CHECK(encrypted_file_refusal("sek.xlsx", false) ==
        "Berkas sek.xlsx dilindungi sandi (terenkripsi): minta bidang mengirim ulang tanpa sandi.");
  CHECK(encrypted_file_refusal("buku-induk.ods", true) ==
        "Berkas buku-induk.ods dilindungi sandi (terenkripsi): buka di LibreOffice dengan sandinya, simpan lagi tanpa "
        "sandi (Berkas > Simpan Sebagai, tanpa centang Simpan dengan sandi), lalu ulangi perintahnya.");
}
