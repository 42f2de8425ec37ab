#include "office/session.hpp"

#include <com/sun/star/bridge/UnoUrlResolver.hpp>
#include <com/sun/star/connection/NoConnectException.hpp>
#include <com/sun/star/deployment/DeploymentException.hpp>
#include <com/sun/star/deployment/ExtensionManager.hpp>
#include <com/sun/star/deployment/XPackage.hpp>
#include <com/sun/star/frame/Desktop.hpp>
#include <com/sun/star/lang/XMultiComponentFactory.hpp>
#include <cppuhelper/bootstrap.hxx>
#include <rtl/bootstrap.hxx>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <mutex>
#include <random>
#include <thread>

#include "core/email_scratch.hpp"
#include "core/office_words.hpp"
#include "office/approving_environment.hpp"
#include "office/child_process.hpp"
#include "office/file_url.hpp"
#include "office/office_error.hpp"
#include "unobase/strings.hpp"

namespace kinerja::office {

using css::uno::Reference;
using rtl::OUString;

namespace {

using unobase::to_ou;
using unobase::to_utf8;

std::string unique_pipe_name() {
  static std::atomic<int> counter{0};
  std::random_device random;
  return "kinerja-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" +
         std::to_string(random() % 1000000);
}

}  // namespace

namespace {

std::mutex local_mutex;
Reference<css::uno::XComponentContext> local_instance;
std::filesystem::path client_types;

// UNO_TYPES of this process: the office's type libraries and ours, so that the bridge can
// marshal calls to org.kinerja interfaces.
std::string type_libraries(const Installation& installation) {
  std::string list = file_url(installation.program_dir / "types.rdb");
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(installation.program_dir / "types", error)) {
    if (entry.path().extension() == ".rdb") list += " " + file_url(entry.path());
  }
  if (!client_types.empty()) list += " " + file_url(client_types);
  return list;
}

}  // namespace

void use_type_library(const std::filesystem::path& rdb) {
  std::lock_guard lock(local_mutex);
  if (local_instance.is() && rdb != client_types) {
    throw OfficeError("internal: the type library must be set before the first office session");
  }
  std::error_code error;
  if (!std::filesystem::is_regular_file(rdb, error)) {
    throw OfficeError("Pustaka tipe Kinerja tidak ditemukan: " + rdb.string());
  }
  client_types = rdb;
}

Reference<css::uno::XComponentContext> local_context(const Installation& installation) {
  std::lock_guard lock(local_mutex);
  if (!local_instance.is()) {
    try {
      // unorc names the service libraries; the values it refers to come from fundamentalrc,
      // found through URE_BOOTSTRAP.
      rtl::Bootstrap::set("URE_BOOTSTRAP", to_ou("vnd.sun.star.pathname:" + installation.fundamentalrc().string()));
      rtl::Bootstrap::set("UNO_TYPES", to_ou(type_libraries(installation)));
      local_instance = cppu::defaultBootstrap_InitialComponentContext(to_ou(file_url(installation.program_dir / "unorc")));
    } catch (const css::uno::Exception& e) {
      throw OfficeError(core::with_office_words("UNO tidak dapat dimulai dari " + installation.program_dir.string() +
                                                    ": periksa KINERJA_OFFICE_PROGRAM_DIR, atau pasang ulang LibreOffice.",
                                                to_utf8(e.Message)));
    }
  }
  return local_instance;
}

SessionOptions session_options_from_environment(const std::filesystem::path& type_library,
                                                const std::filesystem::path& extension) {
  SessionOptions options;
  options.type_library = type_library;
  if (const char* profile = std::getenv("KINERJA_PROFILE"); profile != nullptr && *profile != '\0') {
    options.prepared_profile = profile;
  } else {
    options.extension = extension;
  }
  return options;
}

Session::Session(const SessionOptions& options)
    : installation_((use_type_library(options.type_library), Installation::locate())),
      profile_(options.prepared_profile.empty() ? prepare_profile(installation_, options.extension)
                                                : Profile::copy_of(options.prepared_profile)) {
  start(options.connect_timeout);
}

Session::Session(const Installation& installation, Profile profile, std::chrono::seconds connect_timeout)
    : installation_(installation), profile_(std::move(profile)) {
  start(connect_timeout);
}

Session::~Session() { shutdown(); }

int Session::pid() const { return process_ ? process_->pid() : -1; }

std::optional<int> Session::ended(std::chrono::milliseconds wait) const {
  return process_ ? process_->wait_for(wait) : std::nullopt;
}

void Session::start(std::chrono::seconds connect_timeout) {
  const std::string pipe = unique_pipe_name();
  const Reference<css::uno::XComponentContext> local = local_context(installation_);
  process_ = std::make_unique<ChildProcess>(
      installation_.soffice_bin(),
      std::vector<std::string>{"--headless", "--norestore", "--nologo", "--nodefault",
                               "--accept=pipe,name=" + pipe + ";urp;",
                               "-env:UserInstallation=" + profile_.url()},
      log_file());

  const Reference<css::bridge::XUnoUrlResolver> resolver = css::bridge::UnoUrlResolver::create(local);
  const OUString url = to_ou("uno:pipe,name=" + pipe + ";urp;StarOffice.ComponentContext");
  const auto deadline = std::chrono::steady_clock::now() + connect_timeout;
  for (;;) {
    try {
      remote_.set(resolver->resolve(url), css::uno::UNO_QUERY_THROW);
      return;
    } catch (const css::connection::NoConnectException&) {
    } catch (const css::uno::Exception& e) {
      shutdown();
      throw OfficeError(core::with_office_words("Tidak dapat terhubung ke LibreOffice: jalankan perintahnya lagi.",
                                                to_utf8(e.Message)));
    }
    if (const auto code = process_->poll()) {
      process_.reset();
      throw OfficeError("LibreOffice berhenti saat dimulai (kode keluar " + std::to_string(*code) +
                        "); lihat " + log_file().string());
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      shutdown();
      throw OfficeError("LibreOffice tidak menjawab dalam " + std::to_string(connect_timeout.count()) +
                        " detik.");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
}

Reference<css::uno::XInterface> Session::create(const std::string& service) const {
  Reference<css::uno::XInterface> instance =
      remote_->getServiceManager()->createInstanceWithContext(to_ou(service), remote_);
  if (!instance.is()) {
    throw OfficeError("Layanan " + service + " tidak tersedia di LibreOffice: apakah ekstensi "
                      "Kinerja terpasang?");
  }
  return instance;
}

namespace {

// The attachments a pull of office `pid` was reading when it ended (core/email_scratch): an
// office killed in the middle of a pull never removes them itself.
void remove_scratch_of(int pid) noexcept {
  try {
    std::error_code ignored;
    for (const core::EmailScratchFolder& folder : core::email_scratch_folders(std::filesystem::temp_directory_path())) {
      if (folder.pid == pid) std::filesystem::remove_all(folder.path, ignored);
    }
  } catch (...) {  // no temporary folder to look in: nothing left there
  }
}

}  // namespace

void Session::shutdown() noexcept {
  if (!process_) return;
  const int office_pid = process_->pid();
  try {
    if (remote_.is()) css::frame::Desktop::create(remote_)->terminate();
  } catch (...) {  // the bridge goes down as the office exits: expected
  }
  remote_.clear();
  if (!process_->wait_for(std::chrono::seconds(10))) process_->kill();
  process_.reset();
  remove_scratch_of(office_pid);
}

Profile Session::take_profile() {
  shutdown();
  return std::move(profile_);
}

namespace {

std::string not_installed(const std::filesystem::path& extension) {
  return "Ekstensi Kinerja " + extension.string() +
         " tidak dapat dipasang ke LibreOffice: periksa bahwa berkas .oxt itu utuh dan dibuat untuk LibreOffice ini.";
}

}  // namespace

Profile prepare_profile(const Installation& installation, const std::filesystem::path& extension) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(extension, error)) {
    throw OfficeError("Ekstensi Kinerja (.oxt) tidak ditemukan: " + extension.string());
  }
  // Installed through the running office's extension manager: unopkg refuses per-user
  // installs as root. The component is active after a restart, i.e. in every session that
  // copies this profile.
  Session installer(installation, Profile::create(installation), std::chrono::seconds(25));
  try {
    const Reference<css::deployment::XExtensionManager> manager =
        css::deployment::ExtensionManager::get(installer.context());
    manager->addExtension(to_ou(file_url(extension)), {}, "user", manager->createAbortChannel(),
                          new ApprovingEnvironment);
  } catch (const css::deployment::DeploymentException& e) {
    css::uno::Exception cause;
    const std::string detail = (e.Cause >>= cause) ? ": " + to_utf8(cause.Message) : std::string();
    throw OfficeError(core::with_office_words(not_installed(extension), to_utf8(e.Message) + detail));
  } catch (const css::uno::Exception& e) {
    throw OfficeError(core::with_office_words(not_installed(extension), to_utf8(e.Message)));
  }
  return installer.take_profile();
}

}  // namespace kinerja::office
