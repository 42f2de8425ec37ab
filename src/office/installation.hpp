// Where the LibreOffice to drive is: its program directory (soffice.bin, fundamentalrc).
// Default from the build (LO_PROGRAM_DIR); KINERJA_OFFICE_PROGRAM_DIR overrides it.
#pragma once

#include <filesystem>
#include <string>

namespace kinerja::office {

struct Installation {
  std::filesystem::path program_dir;

  std::filesystem::path soffice_bin() const { return program_dir / "soffice.bin"; }
  std::filesystem::path fundamentalrc() const { return program_dir / "fundamentalrc"; }

  // The major.minor version ("7.4", "25.2"): bootstraprc's ProductKey ("LibreOffice 25.2"),
  // read without starting the office; "7.4" when bootstraprc does not say.
  std::string version_key() const;

  // The configured installation; throws OfficeError when soffice.bin is not there.
  static Installation locate();
};

}  // namespace kinerja::office
