#include "cli/global_options.hpp"

#include <cstdlib>
#include <string>
#include <vector>

#include "cli/cli_error.hpp"

namespace kinerja::cli {

namespace po = boost::program_options;

po::options_description global_options_description(GlobalOptions& options) {
  po::options_description description("Opsi umum / global options");
  description.add_options()
      ("oxt", po::value<std::filesystem::path>(&options.extension),
       "ekstensi Kinerja yang dipasang ke LibreOffice sementara (bawaan: $KINERJA_OXT, atau "
       "kinerja.oxt di samping program)")
      ("profile", po::value<std::filesystem::path>(&options.profile),
       "profil LibreOffice siap pakai dari `kinerja prepare-profile` (bawaan: $KINERJA_PROFILE); "
       "disalin untuk setiap perintah, lebih cepat")
      ("timeout", po::value<int>(&options.timeout_seconds)->default_value(25),
       "detik menunggu LibreOffice menjawab");
  return description;
}

void apply_environment(GlobalOptions& options) {
  if (options.extension.empty()) {
    if (const char* oxt = std::getenv("KINERJA_OXT"); oxt && *oxt) options.extension = oxt;
  }
  if (options.profile.empty()) {
    if (const char* profile = std::getenv("KINERJA_PROFILE"); profile && *profile) options.profile = profile;
  }
  if (options.timeout_seconds <= 0) throw UsageError("--timeout harus lebih dari 0 detik");
}

namespace {

// A file shipped with the program: next to the given .oxt, next to the program (build
// tree), or in ../share/kinerja (installed).
std::filesystem::path find_shipped(const GlobalOptions& options, const std::string& name, bool directory = false) {
  std::error_code error;
  const std::filesystem::path self = std::filesystem::canonical("/proc/self/exe", error);
  const std::filesystem::path dir = error ? options.program.parent_path() : self.parent_path();
  std::vector<std::filesystem::path> candidates;
  if (!options.extension.empty()) candidates.push_back(options.extension.parent_path() / name);
  candidates.push_back(dir / name);
  candidates.push_back(dir / ".." / "share" / "kinerja" / name);
  for (const std::filesystem::path& candidate : candidates) {
    if (directory ? std::filesystem::is_directory(candidate, error) : std::filesystem::is_regular_file(candidate, error)) {
      return candidate;
    }
  }
  throw Failure(name + " tidak ditemukan di samping program maupun di ../share/kinerja; "
                "berikan --oxt atau KINERJA_OXT.");
}

}  // namespace

std::filesystem::path find_example(const GlobalOptions& options) { return find_shipped(options, "example-2023", true); }

std::filesystem::path find_extension(const GlobalOptions& options) {
  return options.extension.empty() ? find_shipped(options, "kinerja.oxt") : options.extension;
}

office::SessionOptions GlobalOptions::session_options() const {
  office::SessionOptions session;
  session.prepared_profile = profile;
  if (profile.empty()) session.extension = find_extension(*this);
  session.type_library = find_shipped(*this, "kinerja.rdb");
  session.connect_timeout = std::chrono::seconds(timeout_seconds);
  return session;
}

}  // namespace kinerja::cli
