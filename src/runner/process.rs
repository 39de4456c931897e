//! The one place where child processes are started, fed, watched and killed.
//!
//! The traps (bacon's executor documents the same ones): a program may
//! start children of its own that outlive it and keep the output pipes open,
//! so everything runs in its own process group and the whole group is killed
//! (on timeout, cancel, output flood, and after every normal exit too); a
//! program may print without end, so output is capped; a program may never
//! read its input, so stdin is written from a thread; the child is reaped
//! with `wait4` to learn its peak memory. A program whose memory is reported
//! is started through the helper of [`super::measure`], so that the figure
//! is the program's alone.

use std::ffi::{OsStr, OsString};
use std::io::{self, Read, Write};
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc::{self, RecvTimeoutError, SyncSender};
use std::thread;
use std::time::{Duration, Instant};

use super::measure::{self, Report};
use super::{CancelToken, Ending, Stream};

/// How often the timeout and the cancel flag are looked at.
const POLL: Duration = Duration::from_millis(20);
/// After the child exited and its group was killed, how long the pipes may
/// take to reach end of file (a process that left the group could hold them
/// open for ever).
const READER_GRACE: Duration = Duration::from_millis(500);
/// After asking the measuring helper to stop the program, how long before
/// the whole group is killed anyway.
const HELPER_GRACE: Duration = Duration::from_millis(500);
/// After SIGKILL, how long to wait for the kernel to let the child go.
const REAP_GRACE: Duration = Duration::from_secs(5);
/// A "line" this long without a newline is handed on anyway.
const MAX_LINE: usize = 16 * 1024;

/// One command to run.
pub(crate) struct Invocation<'a> {
    pub program: PathBuf,
    pub args: Vec<OsString>,
    pub cwd: PathBuf,
    /// `None` removes the variable.
    pub env: Vec<(OsString, Option<OsString>)>,
    pub stdin: &'a [u8],
    pub timeout: Duration,
    /// stdout and stderr together, in bytes.
    pub output_cap: usize,
    /// Start the program through this helper (gorust's own binary), so that
    /// its peak memory is measured alone; see [`super::measure`].
    pub helper: Option<PathBuf>,
}

impl<'a> Invocation<'a> {
    pub fn new(program: impl Into<PathBuf>, cwd: impl Into<PathBuf>) -> Invocation<'a> {
        Invocation {
            program: program.into(),
            args: Vec::new(),
            cwd: cwd.into(),
            env: Vec::new(),
            stdin: &[],
            timeout: Duration::from_secs(60),
            output_cap: usize::MAX,
            helper: None,
        }
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.args.push(arg.as_ref().to_owned());
        self
    }

    pub fn args<I: IntoIterator<Item = S>, S: AsRef<OsStr>>(mut self, args: I) -> Self {
        self.args
            .extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        self
    }

    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Self {
        self.env
            .push((key.as_ref().to_owned(), Some(value.as_ref().to_owned())));
        self
    }

    pub fn envs(mut self, vars: Vec<(OsString, Option<OsString>)>) -> Self {
        self.env.extend(vars);
        self
    }

    pub fn stdin(mut self, data: &'a [u8]) -> Self {
        self.stdin = data;
        self
    }

    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    pub fn output_cap(mut self, cap: usize) -> Self {
        self.output_cap = cap;
        self
    }

    pub fn helper(mut self, helper: Option<PathBuf>) -> Self {
        self.helper = helper;
        self
    }
}

/// What became of a process.
#[derive(Debug)]
pub(crate) struct Finished {
    pub ending: Ending,
    pub exit_code: Option<i32>,
    pub signal: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub elapsed: Duration,
    /// With a helper, the program's own peak; without one, what `wait4`
    /// says, which includes the spawning process's memory.
    pub peak_memory_kib: Option<u64>,
}

impl Finished {
    pub fn success(&self) -> bool {
        self.ending == Ending::Exited && self.exit_code == Some(0)
    }

    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }

    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
}

enum Message {
    Data(Stream, Vec<u8>),
    /// What the helper wrote about the program (then an `Eof`).
    Report(Vec<u8>),
    Eof,
    Reaped {
        status: i32,
        usage: libc::rusage,
    },
    WaitFailed,
}

/// Kills the whole process group when dropped, on every way out of [`run`].
struct GroupKiller {
    pgid: libc::pid_t,
    /// The group leader is the measuring helper: it is asked to stop the
    /// program, so that it can still reap it and report.
    helper: bool,
}

impl GroupKiller {
    fn kill(&self) {
        // SAFETY: killpg only sends a signal; `pgid` is the group of a child
        // we spawned with process_group(0), so it names that group and no
        // other (its number stays reserved while any member is alive).
        // ESRCH (the group is already empty) is the expected, harmless case.
        unsafe {
            libc::killpg(self.pgid, libc::SIGKILL);
        }
    }

    /// Stops the program: through the helper when there is one (it kills
    /// the program, reaps it and reports, then we kill what is left), at
    /// once otherwise.
    fn stop(&self) {
        match self.helper {
            // SAFETY: a signal to our own child, not yet reaped.
            true => unsafe {
                libc::kill(self.pgid, measure::STOP_SIGNAL);
            },
            false => self.kill(),
        }
    }
}

impl Drop for GroupKiller {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Runs one command to its end. `on_line` sees every line of stdout and
/// stderr as it arrives (without the newline), up to the cap.
pub(crate) fn run(
    invocation: &Invocation<'_>,
    cancel: &CancelToken,
    on_line: &mut dyn FnMut(Stream, &str),
) -> io::Result<Finished> {
    let started = start(invocation)?;
    watch(started, invocation, cancel, on_line)
}

/// Runs the program of `invocation` through a helper started ahead of it
/// (started with the same working directory and environment). A helper
/// that is gone by now, or was started for other settings, is replaced by
/// a fresh start.
pub(crate) fn run_warm(
    warm: WarmHelper,
    invocation: &Invocation<'_>,
    cancel: &CancelToken,
    on_line: &mut dyn FnMut(Stream, &str),
) -> io::Result<Finished> {
    match warm.launch(invocation) {
        Ok(started) => watch(started, invocation, cancel, on_line),
        Err(_) => run(invocation, cancel, on_line),
    }
}

/// A child just started, and the pipe its helper reports on (the write end
/// is the helper's alone).
struct Started {
    child: std::process::Child,
    report: Option<io::PipeReader>,
}

fn start(invocation: &Invocation<'_>) -> io::Result<Started> {
    let report_pipe = match invocation.helper {
        Some(_) => Some(io::pipe()?),
        None => None,
    };
    let mut command = match &invocation.helper {
        Some(helper) => {
            let mut command = Command::new(helper);
            command.arg(measure::HELPER_ARG).arg(&invocation.program);
            command
        }
        None => Command::new(&invocation.program),
    };
    command.args(&invocation.args);
    prepare(&mut command, &invocation.cwd, &invocation.env);
    if let Some((_, writer)) = &report_pipe {
        let fd = writer.as_raw_fd();
        // SAFETY: the closure only calls fcntl/dup2, which are
        // async-signal-safe, on a descriptor that stays open until spawn
        // returns.
        unsafe {
            command.pre_exec(move || place_fds(&[(fd, measure::REPORT_FD)]));
        }
    }
    let child = command.spawn()?;
    // Only the helper may hold the write end, so that the report reaches
    // end of file when the helper is gone.
    Ok(Started {
        child,
        report: report_pipe.map(|(reader, _)| reader),
    })
}

/// Pipes, working directory, environment and a process group of its own.
fn prepare(command: &mut Command, cwd: &Path, env: &[(OsString, Option<OsString>)]) {
    command
        .current_dir(cwd)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    for (key, value) in env {
        match value {
            Some(value) => command.env(key, value),
            None => command.env_remove(key),
        };
    }
}

/// A measuring helper started before its program exists (while the program
/// builds), with the program's working directory, environment and pipes,
/// waiting for the program's command line on [`measure::PROGRAM_FD`]: its
/// own start-up (an exec of gorust) then costs the check no time. Dropped
/// unused, it is told there is nothing to run, killed and reaped.
pub(crate) struct WarmHelper {
    /// What the program was to run with: a launch with other settings
    /// starts afresh instead.
    cwd: PathBuf,
    env: Vec<(OsString, Option<OsString>)>,
    child: Option<std::process::Child>,
    report: Option<io::PipeReader>,
    program: Option<io::PipeWriter>,
}

impl WarmHelper {
    pub fn start(
        helper: &Path,
        cwd: &Path,
        env: &[(OsString, Option<OsString>)],
    ) -> io::Result<WarmHelper> {
        let (report, report_writer) = io::pipe()?;
        let (program_reader, program) = io::pipe()?;
        let mut command = Command::new(helper);
        command.arg(measure::HELPER_ARG).arg(measure::WAIT_ARG);
        prepare(&mut command, cwd, env);
        let fds = [
            (report_writer.as_raw_fd(), measure::REPORT_FD),
            (program_reader.as_raw_fd(), measure::PROGRAM_FD),
        ];
        // SAFETY: as in `start`: fcntl/dup2 on descriptors that stay open
        // until spawn returns.
        unsafe {
            command.pre_exec(move || place_fds(&fds));
        }
        let child = command.spawn()?;
        Ok(WarmHelper {
            cwd: cwd.to_path_buf(),
            env: env.to_vec(),
            child: Some(child),
            report: Some(report),
            program: Some(program),
        })
    }

    /// Hands the helper its program's command line; the program starts.
    fn launch(mut self, invocation: &Invocation<'_>) -> io::Result<Started> {
        if self.cwd != invocation.cwd || self.env != invocation.env {
            return Err(io::ErrorKind::InvalidInput.into());
        }
        let mut line = Vec::new();
        for word in std::iter::once(invocation.program.as_os_str())
            .chain(invocation.args.iter().map(OsString::as_os_str))
        {
            line.extend_from_slice(word.as_encoded_bytes());
            line.push(0);
        }
        let mut program = self.program.take().ok_or(io::ErrorKind::BrokenPipe)?;
        program.write_all(&line)?;
        drop(program);
        match (self.child.take(), self.report.take()) {
            (Some(child), report @ Some(_)) => Ok(Started { child, report }),
            _ => Err(io::ErrorKind::BrokenPipe.into()),
        }
    }
}

impl Drop for WarmHelper {
    fn drop(&mut self) {
        // End of file with no program: the helper exits of itself.
        drop(self.program.take());
        if let Some(mut child) = self.child.take() {
            if let Ok(pgid) = libc::pid_t::try_from(child.id()) {
                // SAFETY: a signal to the group of our own unreaped child.
                unsafe { libc::killpg(pgid, libc::SIGKILL) };
            }
            let _ = child.wait();
        }
    }
}

/// Watches a started child to its end.
fn watch(
    started: Started,
    invocation: &Invocation<'_>,
    cancel: &CancelToken,
    on_line: &mut dyn FnMut(Stream, &str),
) -> io::Result<Finished> {
    let Started {
        mut child,
        report: report_pipe,
    } = started;
    let start = Instant::now();
    let pid = match libc::pid_t::try_from(child.id()) {
        Ok(pid) => pid,
        Err(e) => {
            // Cannot happen on Linux (pids fit in pid_t); never leave it running.
            let _ = child.kill();
            return Err(io::Error::other(e));
        }
    };
    let group = GroupKiller {
        pgid: pid,
        helper: invocation.helper.is_some(),
    };

    let (tx, rx) = mpsc::sync_channel::<Message>(64);
    if let Some(mut stdin) = child.stdin.take()
        && !invocation.stdin.is_empty()
    {
        let data = invocation.stdin.to_vec();
        // A program that never reads its input must not block us: the write
        // happens on its own thread, which ends with EPIPE once the group dies.
        thread::spawn(move || {
            let _ = stdin.write_all(&data);
        });
    }
    let mut open_pipes = 0;
    if let Some(stdout) = child.stdout.take() {
        spawn_reader(Stream::Stdout, stdout, tx.clone());
        open_pipes += 1;
    }
    if let Some(stderr) = child.stderr.take() {
        spawn_reader(Stream::Stderr, stderr, tx.clone());
        open_pipes += 1;
    }
    if let Some(reader) = report_pipe {
        spawn_report_reader(reader, tx.clone());
        open_pipes += 1;
    }
    // std's Child is dropped without waiting: the waiter thread reaps it.
    drop(child);
    spawn_waiter(pid, tx);

    let mut capture = Capture::new(invocation.output_cap);
    let mut ending = Ending::Exited;
    let mut status: Option<(i32, libc::rusage)> = None;
    let mut elapsed = None;
    let mut reaped_at: Option<Instant> = None;
    let mut killed_at: Option<Instant> = None;
    let mut report = None;
    loop {
        match rx.recv_timeout(POLL) {
            Ok(Message::Report(bytes)) => {
                report = Report::parse(&String::from_utf8_lossy(&bytes));
            }
            Ok(Message::Data(stream, bytes)) => {
                if !capture.push(stream, &bytes, on_line) && killed_at.is_none() {
                    ending = Ending::OutputLimit(invocation.output_cap);
                    group.stop();
                    killed_at = Some(Instant::now());
                }
            }
            Ok(Message::Eof) => open_pipes -= 1,
            Ok(Message::Reaped { status: s, usage }) => {
                elapsed = Some(start.elapsed());
                status = Some((s, usage));
                reaped_at = Some(Instant::now());
                // Whatever the child left behind dies with it.
                group.kill();
            }
            Ok(Message::WaitFailed) => {
                elapsed = Some(start.elapsed());
                reaped_at = Some(Instant::now());
                group.kill();
            }
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
        if killed_at.is_none() && reaped_at.is_none() {
            if cancel.is_cancelled() {
                ending = Ending::Cancelled;
            } else if start.elapsed() >= invocation.timeout {
                ending = Ending::TimedOut(invocation.timeout);
            }
            if ending != Ending::Exited {
                group.stop();
                killed_at = Some(Instant::now());
            }
        }
        // A helper that does not stop the program at once loses its say.
        if reaped_at.is_none() && killed_at.is_some_and(|at| at.elapsed() > HELPER_GRACE) {
            group.kill();
        }
        match reaped_at {
            Some(_) if open_pipes == 0 => break,
            Some(at) if at.elapsed() > READER_GRACE => break,
            Some(_) => {}
            None if killed_at.is_some_and(|at| at.elapsed() > REAP_GRACE) => break,
            None => {}
        }
    }
    drop(group);
    capture.flush(on_line);

    let mut elapsed = elapsed.unwrap_or_else(|| start.elapsed());
    let (status, peak_memory_kib) = match (report, status) {
        (Some(Report::NotStarted { errno }), _) => {
            return Err(io::Error::from_raw_os_error(errno));
        }
        (
            Some(Report::Ran {
                status,
                max_rss_kib,
                elapsed: program_elapsed,
            }),
            _,
        ) => {
            elapsed = program_elapsed;
            (Some(status), Some(max_rss_kib))
        }
        // Killed before it could report: the helper's own status is the
        // signal that killed the group; its memory is not the program's.
        (None, Some((status, _))) if invocation.helper.is_some() => (Some(status), None),
        (None, Some((status, usage))) => (Some(status), max_rss_kib(&usage)),
        (None, None) => (None, None),
    };
    let (exit_code, signal) = match status {
        Some(status) if libc::WIFEXITED(status) => (Some(libc::WEXITSTATUS(status)), None),
        Some(status) if libc::WIFSIGNALED(status) => (None, Some(libc::WTERMSIG(status))),
        _ => (None, None),
    };
    Ok(Finished {
        ending,
        exit_code,
        signal,
        stdout: capture.buffers[0].take(),
        stderr: capture.buffers[1].take(),
        elapsed,
        peak_memory_kib,
    })
}

/// In the child, between fork and exec: each descriptor moves to its
/// place (the helper's report and program descriptors), without
/// close-on-exec so that the helper has them. Copied out of the way first,
/// so that no move overwrites a descriptor still to be moved.
fn place_fds(fds: &[(RawFd, RawFd)]) -> io::Result<()> {
    let mut moved = [(-1, -1); 2];
    for (slot, &(fd, target)) in moved.iter_mut().zip(fds) {
        // SAFETY: fcntl only duplicates a descriptor number.
        let copy = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 10) };
        if copy == -1 {
            return Err(io::Error::last_os_error());
        }
        *slot = (copy, target);
    }
    for &(copy, target) in moved.iter().take(fds.len()) {
        // SAFETY: dup2 only acts on descriptor numbers; the copy has
        // close-on-exec, the target does not.
        if unsafe { libc::dup2(copy, target) } == -1 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

fn spawn_report_reader(mut pipe: io::PipeReader, tx: SyncSender<Message>) {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        // The report is one short line; anything longer is not a report.
        let _ = (&mut pipe).take(4096).read_to_end(&mut bytes);
        let _ = tx.send(Message::Report(bytes));
        let _ = tx.send(Message::Eof);
    });
}

/// ru_maxrss is in KiB on Linux, in bytes on macOS.
pub(crate) fn max_rss_kib(usage: &libc::rusage) -> Option<u64> {
    let raw = u64::try_from(usage.ru_maxrss).ok()?;
    Some(if cfg!(target_os = "macos") {
        raw / 1024
    } else {
        raw
    })
}

fn spawn_reader(stream: Stream, mut pipe: impl Read + Send + 'static, tx: SyncSender<Message>) {
    thread::spawn(move || {
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            match pipe.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => {
                    if tx.send(Message::Data(stream, buf[..n].to_vec())).is_err() {
                        return;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(_) => break,
            }
        }
        let _ = tx.send(Message::Eof);
    });
}

fn spawn_waiter(pid: libc::pid_t, tx: SyncSender<Message>) {
    thread::spawn(move || {
        let mut status: libc::c_int = 0;
        // SAFETY: rusage is a plain C struct of integers; all-zero is valid.
        let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
        loop {
            // SAFETY: `pid` is our own child, not yet reaped (std's Child was
            // dropped without waiting); the pointers are to live locals.
            let reaped = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
            if reaped == pid {
                let _ = tx.send(Message::Reaped { status, usage });
                return;
            }
            if reaped == -1 && io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
                continue;
            }
            let _ = tx.send(Message::WaitFailed);
            return;
        }
    });
}

/// The captured output, within the cap, cut into lines for `on_line`.
struct Capture {
    cap: usize,
    total: usize,
    buffers: [Buffer; 2],
}

#[derive(Default)]
struct Buffer {
    bytes: Vec<u8>,
    /// Where the line not yet handed on starts.
    line_start: usize,
}

impl Buffer {
    fn take(&mut self) -> Vec<u8> {
        std::mem::take(&mut self.bytes)
    }
}

impl Capture {
    fn new(cap: usize) -> Capture {
        Capture {
            cap,
            total: 0,
            buffers: [Buffer::default(), Buffer::default()],
        }
    }

    /// False once the cap is passed (what fits is still kept).
    fn push(
        &mut self,
        stream: Stream,
        bytes: &[u8],
        on_line: &mut dyn FnMut(Stream, &str),
    ) -> bool {
        let room = self.cap.saturating_sub(self.total);
        let taken = room.min(bytes.len());
        self.total += taken;
        let buffer = &mut self.buffers[index(stream)];
        buffer.bytes.extend_from_slice(&bytes[..taken]);
        loop {
            let pending = &buffer.bytes[buffer.line_start..];
            let (end, next) = match pending.iter().position(|&b| b == b'\n') {
                Some(newline) => (newline, newline + 1),
                None if pending.len() >= MAX_LINE => (MAX_LINE, MAX_LINE),
                None => break,
            };
            let line = String::from_utf8_lossy(&pending[..end]);
            on_line(stream, line.trim_end_matches('\r'));
            buffer.line_start += next;
        }
        taken == bytes.len()
    }

    fn flush(&mut self, on_line: &mut dyn FnMut(Stream, &str)) {
        for stream in [Stream::Stdout, Stream::Stderr] {
            let buffer = &mut self.buffers[index(stream)];
            if buffer.line_start < buffer.bytes.len() {
                let line = String::from_utf8_lossy(&buffer.bytes[buffer.line_start..]);
                on_line(stream, &line);
                buffer.line_start = buffer.bytes.len();
            }
        }
    }
}

fn index(stream: Stream) -> usize {
    match stream {
        Stream::Stdout => 0,
        Stream::Stderr => 1,
    }
}

/// Finds `name` in `search_path` (or the process's PATH).
pub(crate) fn find_program(name: &str, search_path: Option<&OsStr>) -> Option<PathBuf> {
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("/"));
    match search_path {
        Some(path) => which::which_in(name, Some(path), cwd).ok(),
        None => which::which(name).ok(),
    }
}

/// A directory that exists, for commands that do not care where they run.
pub(crate) fn neutral_dir() -> &'static Path {
    Path::new("/")
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn sh(script: &str) -> Invocation<'static> {
        Invocation::new("/bin/sh", "/").arg("-c").arg(script)
    }

    fn run_quiet(invocation: &Invocation<'_>) -> Finished {
        run(invocation, &CancelToken::default(), &mut |_, _| {}).expect("spawn sh")
    }

    #[test]
    fn captures_output_status_and_lines() {
        let mut lines = Vec::new();
        let finished = run(
            &sh("echo out; echo err >&2; printf tail; exit 3"),
            &CancelToken::default(),
            &mut |stream, line| lines.push((stream, line.to_string())),
        )
        .expect("spawn sh");
        assert_eq!(finished.ending, Ending::Exited);
        assert_eq!(finished.exit_code, Some(3));
        assert_eq!(finished.stdout_text(), "out\ntail");
        assert_eq!(finished.stderr_text(), "err\n");
        assert!(lines.contains(&(Stream::Stdout, "out".to_string())));
        assert!(lines.contains(&(Stream::Stdout, "tail".to_string())));
        assert!(lines.contains(&(Stream::Stderr, "err".to_string())));
        assert!(finished.peak_memory_kib.is_some_and(|kib| kib > 0));
    }

    #[test]
    fn feeds_stdin_and_closes_it() {
        let finished = run_quiet(&sh("cat").stdin(b"hello\nworld\n"));
        assert_eq!(finished.stdout_text(), "hello\nworld\n");
        // No input at all: cat sees end of file at once.
        assert_eq!(run_quiet(&sh("cat")).exit_code, Some(0));
    }

    #[test]
    fn a_large_input_that_is_never_read_does_not_block() {
        let input = vec![b'x'; 1 << 20];
        let finished = run_quiet(&sh("echo ignored").stdin(&input));
        assert_eq!(finished.exit_code, Some(0));
    }

    #[test]
    fn kills_at_the_timeout() {
        let start = Instant::now();
        let finished = run_quiet(&sh("sleep 30").timeout(Duration::from_millis(300)));
        assert_eq!(
            finished.ending,
            Ending::TimedOut(Duration::from_millis(300))
        );
        assert!(start.elapsed() < Duration::from_secs(3));
    }

    #[test]
    fn caps_output() {
        let finished = run_quiet(&sh("yes").output_cap(10_000));
        assert_eq!(finished.ending, Ending::OutputLimit(10_000));
        assert_eq!(finished.stdout.len(), 10_000);
    }

    #[test]
    fn does_not_wait_for_a_grandchild_holding_the_pipes() {
        let start = Instant::now();
        let finished = run_quiet(&sh("sleep 30 & echo started"));
        assert_eq!(finished.exit_code, Some(0));
        assert_eq!(finished.stdout_text(), "started\n");
        assert!(start.elapsed() < Duration::from_secs(3));
    }

    #[test]
    fn a_missing_program_is_an_error() {
        let invocation = Invocation::new("/nonexistent/tool", "/");
        assert!(run(&invocation, &CancelToken::default(), &mut |_, _| {}).is_err());
    }
}
