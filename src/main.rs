//! The `claimcmp` binary: parse arguments, call the library, map the outcome to an exit code.

use claimcmp::report::{self, Format, RenderOptions};
use claimcmp::FailOn;
use clap::Parser;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Compare what news outlets claim about the same event: who said what (quotes), who told
/// them (sources) and the tolls (casualty figures), side by side.
///
/// Exit codes: 0 ran; 1 findings at the --fail-on level; 2 usage or input error (an input
/// file that could not be read is still listed in the report, with its problem).
#[derive(Debug, Parser)]
#[command(name = "claimcmp", version, about, long_about)]
struct Cli {
    /// Article files, or folders whose *.txt files are read (sorted by name).
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,

    /// Output format.
    #[arg(short, long, value_enum, default_value_t = Format::Table)]
    format: Format,

    /// Exit with code 1 when the report holds findings of this level: `conflict` (outlets
    /// disagree), `variant` (a conflict, or a claim whose wording differs at all between
    /// articles), `any` (any comparison in the report).
    #[arg(long, value_enum, value_name = "LEVEL")]
    fail_on: Option<FailOn>,

    /// Same as `--fail-on conflict`.
    #[arg(long, conflicts_with = "fail_on")]
    fail_on_conflict: bool,

    /// Report only comparisons that are new or changed since this earlier JSON report
    /// (`claimcmp --format json ... > OLD.json`). Comparisons are matched by id.
    #[arg(long, value_name = "OLD.json")]
    baseline: Option<PathBuf>,

    /// Show why each comparison was judged as it was (table and markdown).
    #[arg(long)]
    explain: bool,

    /// Add a coverage matrix (table and markdown): which article carries which claim.
    #[arg(long)]
    coverage: bool,

    /// When to colour the table: auto (only on a terminal, and never under NO_COLOR),
    /// always, never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,

    /// Table width in columns (default: the terminal's width on a terminal, else 120).
    #[arg(long, value_name = "N")]
    width: Option<u16>,
}

/// Table width when stdout is not a terminal and no --width is given.
const DEFAULT_WIDTH: u16 = 120;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("claimcmp: error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: &Cli) -> io::Result<ExitCode> {
    let baseline = match cli.baseline.as_deref().map(claimcmp::load::read_baseline) {
        Some(Err(e)) => {
            eprintln!("claimcmp: error: {e}");
            return Ok(ExitCode::from(2));
        }
        Some(Ok(v)) => cli.baseline.as_ref().map(|p| (p.display().to_string(), v)),
        None => None,
    };
    let mut timings = Timings::from_env();
    let bar = Progress::new();
    let extracted = claimcmp::extract_all(&cli.paths, &|done, total| bar.tick(done, total));
    bar.finish();
    let articles = match extracted {
        Ok(a) => a,
        Err(e) => {
            eprintln!("claimcmp: error: {e}");
            return Ok(ExitCode::from(2));
        }
    };
    timings.stage("load+extract");
    let mut report = claimcmp::compare_all(articles);
    timings.stage("compare");
    if let Some((path, old)) = &baseline {
        claimcmp::baseline::apply(&mut report, old, path);
    }
    for a in &report.articles {
        for p in &a.problems {
            eprintln!("claimcmp: error: {}", p.message);
        }
    }
    let stdout = io::stdout();
    let tty = stdout.is_terminal();
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
    };
    let opts = RenderOptions {
        color: color && cli.format == Format::Table,
        width: Some(
            cli.width
                .or_else(|| tty.then(terminal_width).flatten())
                .unwrap_or(DEFAULT_WIDTH),
        ),
        explain: cli.explain,
        coverage: cli.coverage,
    };
    let mut out = io::BufWriter::new(stdout.lock());
    report::write(&report, cli.format, opts, &mut out)?;
    out.flush()?;
    timings.stage("write");
    let fail_on = cli
        .fail_on
        .or(cli.fail_on_conflict.then_some(FailOn::Conflict));
    Ok(ExitCode::from(claimcmp::exit_code(&report, fail_on)))
}

/// A progress bar on stderr, drawn only when stderr is a terminal and the run has taken
/// longer than a second; never mixed into stdout.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    start: std::time::Instant,
    shown: std::sync::atomic::AtomicBool,
}

impl Progress {
    fn new() -> Self {
        let bar = io::stderr().is_terminal().then(|| {
            let b = indicatif::ProgressBar::hidden();
            if let Ok(style) = indicatif::ProgressStyle::with_template(
                "{spinner} reading articles {pos}/{len} [{bar:30}] {eta}",
            ) {
                b.set_style(style.progress_chars("=> "));
            }
            b
        });
        Progress {
            bar,
            start: std::time::Instant::now(),
            shown: false.into(),
        }
    }

    fn tick(&self, _done: usize, total: usize) {
        use std::sync::atomic::Ordering;
        let Some(bar) = &self.bar else { return };
        if !self.shown.load(Ordering::Relaxed)
            && self.start.elapsed() > std::time::Duration::from_secs(1)
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
        bar.set_length(total as u64);
        bar.inc(1);
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// Stage times and memory on stderr when `CLAIMCMP_TIMINGS` is set (to anything but empty
/// or `0`): one line per stage with its wall time, the process's CPU time so far, and the
/// resident and peak memory read from `/proc/self/status` (Linux; blank elsewhere). For the
/// benchmark (bench/README.md); never written to stdout.
struct Timings {
    enabled: bool,
    last: std::time::Instant,
}

impl Timings {
    fn from_env() -> Self {
        let enabled =
            std::env::var_os("CLAIMCMP_TIMINGS").is_some_and(|v| !v.is_empty() && v != "0");
        Timings {
            enabled,
            last: std::time::Instant::now(),
        }
    }

    fn stage(&mut self, name: &str) {
        if !self.enabled {
            return;
        }
        let now = std::time::Instant::now();
        let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
        let field = |key: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(key))
                .and_then(|v| v.split_whitespace().next())
                .and_then(|kib| kib.parse::<u64>().ok())
                .map_or_else(|| "?".to_string(), |kib| format!("{}", kib / 1024))
        };
        let cpu = std::fs::read_to_string("/proc/self/stat")
            .ok()
            .and_then(|s| {
                // Fields after the command name (which may hold spaces) start at ')'.
                let rest = s.get(s.rfind(')')? + 2..)?.to_string();
                let f: Vec<&str> = rest.split_whitespace().collect();
                let ticks = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
                Some(format!("{:.2}", ticks / 100.0))
            })
            .unwrap_or_else(|| "?".into());
        eprintln!(
            "claimcmp: timing: {name:<13} {:>8.3} s wall, cpu {cpu} s so far, rss {} MiB, peak {} MiB",
            (now - self.last).as_secs_f64(),
            field("VmRSS:"),
            field("VmHWM:"),
        );
        self.last = now;
    }
}

/// The terminal's width from `COLUMNS`, else comfy-table's probe of the terminal.
fn terminal_width() -> Option<u16> {
    if let Some(w) = std::env::var("COLUMNS").ok().and_then(|s| s.parse().ok()) {
        return Some(w);
    }
    comfy_table::Table::new().width()
}
