// A child process this program started, and ends again whatever happens: when the owner is
// destroyed, when this program is interrupted (SIGINT, SIGTERM, SIGHUP), and on Linux even
// when this program is killed (the child gets SIGKILL when its parent dies).
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace kinerja::office {

class ChildProcess {
 public:
  // Starts `program` with `arguments`; its output goes to `log` (appended). Throws
  // std::runtime_error when it cannot be started.
  ChildProcess(const std::filesystem::path& program, const std::vector<std::string>& arguments,
               const std::filesystem::path& log);
  ~ChildProcess();  // kill() unless it has ended
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  int pid() const { return pid_; }

  // The exit code if it has ended (a signal N gives 128 + N), without waiting.
  std::optional<int> poll();

  // Waits up to `timeout` for it to end; the exit code, or nullopt if it still runs.
  std::optional<int> wait_for(std::chrono::milliseconds timeout);

  // SIGTERM, a grace period, then SIGKILL; waits until it is gone. Never throws.
  void kill(std::chrono::milliseconds grace = std::chrono::milliseconds(3000)) noexcept;

 private:
  int pid_ = -1;
  std::optional<int> exit_code_;
};

// The signal (SIGINT, SIGTERM, SIGHUP) that asked this process to stop, or 0. The offices it
// started are already ended then; the caller unwinds, cleans up and exits with the signal.
int interrupting_signal();

}  // namespace kinerja::office
