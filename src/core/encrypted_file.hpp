// Whether a spreadsheet that did not open is encrypted (saved with a password to open): the
// office only says "type detection aborted" (.xlsx) or gives no document at all (.ods), so the
// file is looked at itself (docs/office-notes.md "Loading someone else's file").
#pragma once

#include <string>
#include <string_view>

namespace kinerja::core {

// An encrypted Office Open XML file (.xlsx, .docx; Excel's and LibreOffice's "save with
// password"): not a zip but a compound file (OLE2, D0 CF 11 E0 A1 B1 1A E1) holding the streams
// EncryptionInfo and EncryptedPackage. `bytes`: the file's content.
bool is_encrypted_ooxml(std::string_view bytes);

// An encrypted OpenDocument file (.ods): its META-INF/manifest.xml describes the encryption of
// its entries (manifest:encryption-data). `manifest`: that entry's text.
bool is_encrypted_odf_manifest(std::string_view manifest);

// The refusal of an encrypted file named `name`: someone else's (a bidang's submission: ask for
// it again without a password) or a master of ours (saved again without one).
std::string encrypted_file_refusal(const std::string& name, bool master);

}  // namespace kinerja::core
