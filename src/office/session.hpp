// One headless LibreOffice, started on its own throwaway profile and reached over a UNO
// pipe with a unique name, so that two runs at once never collide. Used by the CLI and by
// the tests alike. The destructor ends the office: politely (XDesktop::terminate), then by
// its PID if it does not stop.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <chrono>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "office/installation.hpp"
#include "office/profile.hpp"

namespace kinerja::office {

class ChildProcess;

struct SessionOptions {
  // A prepared profile (prepare_profile) to copy; when empty, a new profile is created and
  // the extension installed into it.
  std::filesystem::path prepared_profile;
  // The .oxt to install when no prepared profile is given.
  std::filesystem::path extension;
  // Our type library (kinerja.rdb), so that this process can call org.kinerja interfaces.
  std::filesystem::path type_library;
  // How long to wait for the office to answer on its pipe.
  std::chrono::seconds connect_timeout{25};
};

// Options for programs that need an office with the extension (tests, benchmarks): the
// prepared profile named by KINERJA_PROFILE when set, else `extension` installed into a new one.
SessionOptions session_options_from_environment(const std::filesystem::path& type_library,
                                                const std::filesystem::path& extension);

class Session {
 public:
  // Starts and connects; throws OfficeError with a message for the user on failure, leaving
  // no process behind.
  explicit Session(const SessionOptions& options);
  Session(const Installation& installation, Profile profile, std::chrono::seconds connect_timeout);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  // The office's component context (remote).
  const css::uno::Reference<css::uno::XComponentContext>& context() const { return remote_; }
  int pid() const;
  const Profile& profile() const { return profile_; }
  const Installation& installation() const { return installation_; }

  // The office's exit code (a signal N gives 128 + N) when it has ended on its own, waiting up
  // to `wait` for it; nullopt while it runs or after shutdown().
  std::optional<int> ended(std::chrono::milliseconds wait = std::chrono::milliseconds(0)) const;
  // The office's own output (standard output and error), kept in its profile.
  std::filesystem::path log_file() const { return profile_.dir() / "office.log"; }

  // Creates a service in the office.
  css::uno::Reference<css::uno::XInterface> create(const std::string& service) const;

  // Shuts the office down and hands over its profile.
  Profile take_profile();

  // Terminates the office and waits for it; kills it by PID if it does not stop. Never throws.
  void shutdown() noexcept;

 private:
  void start(std::chrono::seconds connect_timeout);

  Installation installation_;
  Profile profile_;
  std::unique_ptr<ChildProcess> process_;
  css::uno::Reference<css::uno::XComponentContext> remote_;
};

// A profile with the extension installed, ready to be copied by each Session: prepared once
// per run, so that tests and repeated commands stay fast. The caller owns the returned
// Profile (release() it to keep it on disk).
Profile prepare_profile(const Installation& installation, const std::filesystem::path& extension);

// The type library this process needs besides the office's (set before the first session).
void use_type_library(const std::filesystem::path& rdb);

// The local UNO context of this process (bootstrapped once from the office's unorc).
css::uno::Reference<css::uno::XComponentContext> local_context(const Installation& installation);

}  // namespace kinerja::office
