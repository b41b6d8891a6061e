#!/usr/bin/env bash
# The Action's detached sampler (`measure: true`), in bash rather than Node so that a whole job's
# sampling costs a few MB instead of a Node runtime (bench/measure-overhead.mjs measures it).
# Usage: bash measure-daemon.sh LOG_DIR
# It carries out LOG_DIR/daemon-plan.tsv, which carbon-ci writes (src/measure/daemon-files.ts): it runs the
# GPU tools with their output straight into their logs (restarting each once if it dies), and every
# interval appends RAPL counters and /proc's CPU and memory figures to logs whose headers carbon-ci wrote.
# It says what happened in LOG_DIR/daemon-events.tsv, which carbon-ci turns into the report's warnings.
# It stops on SIGTERM or SIGINT: the tools first, then a last reading, then the `stopped` event.
set -u
export LC_ALL=C
# The tools come with their full path; `date` (bash 4's clock) is looked for where systems keep it too.
PATH=${PATH:+$PATH:}/usr/bin:/bin

# 4.4: before it, `set -u` takes an empty array's expansion for an unset variable.
if ((BASH_VERSINFO[0] < 4 || (BASH_VERSINFO[0] == 4 && BASH_VERSINFO[1] < 4))); then
  echo "carbon-ci measure-daemon: needs bash 4.4 or later, this is bash $BASH_VERSION" >&2
  exit 3
fi
log_dir=${1:?usage: measure-daemon.sh LOG_DIR}
events_path=$log_dir/daemon-events.tsv
: >"$events_path" || exit 3
exec 4>>"$events_path"

# Sets `ms` to the time (UTC epoch ms); bash 5 has the clock built in, bash 4 asks GNU date.
now_ms() {
  if [[ -n ${EPOCHREALTIME-} ]]; then
    local us=${EPOCHREALTIME/[.,]/}
    ms=${us:0:${#us}-3}
  else
    ms=$(date +%s%3N)
  fi
}
now_ms
if [[ ! $ms =~ ^[0-9]{13}$ ]]; then
  echo "carbon-ci measure-daemon: no millisecond clock (bash 5's EPOCHREALTIME, or GNU date's %N)" >&2
  exit 3
fi
start_ms=$ms

event() {
  local IFS=$'\t'
  printf '%s\n' "$*" >&4
}

interval_ms=1000
lifetime_ms=432000000
tool_lines=()
tool_names=()
tool_bases=()
tool_pids=()
tool_runs=()
zone_ids=()
zone_names=()
zone_paths=()
zone_ranges=()
host_root=''
host_vcpus=0
host_model=''
cgroup_cpu_path=''
cgroup_cpu_unit=''
cgroup_memory_path=''
cgroup_memory_limit=''
while IFS= read -r line; do
  IFS=$'\t' read -r -a field <<<"$line"
  case ${field[0]-} in
    interval-ms) interval_ms=${field[1]} ;;
    lifetime-ms) lifetime_ms=${field[1]} ;;
    tool)
      tool_lines+=("$line")
      tool_names+=("${field[1]}")
      tool_bases+=("${field[2]}")
      tool_pids+=(0)
      tool_runs+=(0)
      ;;
    zone)
      zone_ids+=("${field[1]}")
      zone_names+=("${field[2]}")
      zone_paths+=("${field[3]}")
      zone_ranges+=("${field[4]}")
      ;;
    host)
      host_root=${field[1]}
      host_vcpus=${field[2]}
      host_model=${field[3]-}
      ;;
    cgroup)
      cgroup_cpu_path=${field[1]}
      cgroup_cpu_unit=${field[2]}
      cgroup_memory_path=${field[3]}
      cgroup_memory_limit=${field[4]-}
      ;;
  esac
done <"$log_dir/daemon-plan.tsv"

# Run n of tool i, its standard output straight into its log (`<base>.csv`, then `<base>-2.csv`).
start_tool() {
  local i=$1 run=$((tool_runs[$1] + 1)) suffix=''
  ((run > 1)) && suffix="-$run"
  IFS=$'\t' read -r -a field <<<"${tool_lines[i]}"
  "${field[@]:4}" </dev/null >"$log_dir/${tool_bases[i]}$suffix.csv" 2>"$log_dir/${tool_bases[i]}$suffix.err" &
  tool_pids[i]=$!
  tool_runs[i]=$run
  now_ms
  event start "${tool_names[i]}" "$run" "$ms" "${tool_pids[i]}"
}

# A tool that ended on its own is recorded, and restarted once.
# Whether the tool with this pid still runs as ours: bash reaps an ended child at once, and over a long job
# its pid may name another process by the next check; where /proc tells, that one's parent is not this script.
tool_alive() {
  local line state ppid
  kill -0 "$1" 2>/dev/null || return 1
  [[ -r /proc/$1/stat ]] || return 0
  read -r line 2>/dev/null </proc/"$1"/stat || return 1
  read -r state ppid _ <<<"${line##*) }"
  [[ $ppid == "$$" && $state != Z ]]
}

# A tool that ended on its own is recorded, and restarted once; one that could not be run at all (126: not
# executable, 127: not found, as shells say) is not tried again.
check_tools() {
  local i status
  for i in "${!tool_pids[@]}"; do
    ((tool_pids[i] > 0)) || continue
    tool_alive "${tool_pids[i]}" && continue
    wait "${tool_pids[i]}" 2>/dev/null
    status=$?
    now_ms
    event exit "${tool_names[i]}" "${tool_runs[i]}" "$ms" "$status"
    tool_pids[i]=0
    ((tool_runs[i] == 1 && !stopping && status != 126 && status != 127)) && start_tool "$i"
  done
}

# A read that never gets input is a sleep without a process: `read -t` times out on it. A trapped
# signal does not cut it short, so waits are taken in slices of at most 250 ms, and end once stopping.
exec {pause_fd}<> <(:)
pause_ms() {
  local left=$1 slice seconds
  while ((left > 0 && !stopping)); do
    slice=$((left > 250 ? 250 : left))
    printf -v seconds '%d.%03d' $((slice / 1000)) $((slice % 1000))
    read -r -t "$seconds" -u "$pause_fd" _
    left=$((left - slice))
  done
}

# SIGTERM to each tool, SIGKILL to what is left after 3 s (nvidia-smi's clean exit takes a moment).
stop_tools() {
  local i tries
  for i in "${!tool_pids[@]}"; do ((tool_pids[i] > 0)) && tool_alive "${tool_pids[i]}" && kill -TERM "${tool_pids[i]}" 2>/dev/null; done
  for i in "${!tool_pids[@]}"; do
    ((tool_pids[i] > 0)) || continue
    for ((tries = 0; tries < 30; tries++)); do
      tool_alive "${tool_pids[i]}" || break
      read -r -t 0.1 -u "$pause_fd" _
    done
    ((tries == 30)) && kill -KILL "${tool_pids[i]}" 2>/dev/null
    wait "${tool_pids[i]}" 2>/dev/null
  done
}

# What failed is counted, and said once in daemon-events.tsv: an error message at every interval would grow
# daemon.log all job long. A log that cannot be written is given up on, as the in-process samplers do.
declare -A failures=() unwritable=()
if ((${#zone_ids[@]} > 0)); then exec 5>>"$log_dir/rapl.csv" || unwritable[rapl]=1; fi
if [[ -n $host_root ]]; then exec 6>>"$log_dir/host-usage.csv" || unwritable[host-usage]=1; fi

# One row per zone: `time_ms,zone,name,energy_uj,max_energy_range_uj`, as the rapl plugin reads it.
poll_rapl() {
  local i value
  for i in "${!zone_ids[@]}"; do
    if read -r value 2>/dev/null <"${zone_paths[i]}" && [[ $value =~ ^[0-9]+$ ]]; then
      [[ -z ${unwritable[rapl]-} ]] && printf '%s,%s,%s,%s,%s\n' "$ms" "${zone_ids[i]}" "${zone_names[i]}" "$value" "${zone_ranges[i]}" >&5 || unwritable[rapl]=1
    else
      failures[rapl]=$((${failures[rapl]-0} + 1))
    fi
  done
}

# Sets busy and total (CPU time busy and in all: utilisation is the ratio of their increases) and the memory
# figures in bytes; returns 1 where a file cannot be read. /proc/stat's first line is the aggregate
# `cpu user nice system idle iowait irq softirq steal`; idle and iowait are idle.
read_proc() {
  local label user nice system idle iowait irq softirq steal rest key value mem_total='' mem_available=0
  read -r label user nice system idle iowait irq softirq steal rest 2>/dev/null <"$host_root/stat" || return 1
  [[ $label == cpu ]] || return 1
  for value in "$user" "$nice" "$system" "$idle" "${iowait:-0}" "${irq:-0}" "${softirq:-0}" "${steal:-0}"; do
    [[ $value =~ ^[0-9]+$ ]] || return 1
  done
  while read -r key value _; do
    case $key in
      MemTotal:) mem_total=$value ;;
      MemAvailable:)
        mem_available=$value
        break
        ;;
    esac
  done 2>/dev/null <"$host_root/meminfo"
  # As the in-process sampler: MemTotal is needed, MemAvailable is 0 before Linux 3.14.
  [[ $mem_total =~ ^[0-9]+$ && $mem_available =~ ^[0-9]+$ ]] || return 1
  total=$((user + nice + system + idle + ${iowait:-0} + ${irq:-0} + ${softirq:-0} + ${steal:-0}))
  busy=$((total - idle - ${iowait:-0}))
  mem_total_bytes=$((mem_total * 1024))
  mem_available_bytes=$((mem_available * 1024))
}

# The same from a limited cgroup (src/measure/cgroup.ts): its CPU time (µs; v1 counts ns) against the wall time
# (µs) times its CPUs, and its memory limit, else the memory it holds.
read_cgroup() {
  local key value usage='' current=''
  if [[ $cgroup_cpu_unit == ns ]]; then
    read -r usage 2>/dev/null <"$cgroup_cpu_path"
    [[ $usage =~ ^[0-9]+$ ]] && usage=$((usage / 1000))
  else
    while read -r key value; do
      [[ $key == usage_usec ]] && usage=$value && break
    done 2>/dev/null <"$cgroup_cpu_path"
  fi
  read -r current 2>/dev/null <"$cgroup_memory_path"
  [[ $usage =~ ^[0-9]+$ && $current =~ ^[0-9]+$ ]] || return 1
  busy=$usage
  total=$((ms * 1000 * host_vcpus))
  mem_total_bytes=${cgroup_memory_limit:-$current}
  mem_available_bytes=$((mem_total_bytes > current ? mem_total_bytes - current : 0))
}

# One row per interval: `start_ms,end_ms,vcpus,cpu_utilization,mem_total_bytes,mem_available_bytes,cpu_model,scope`,
# as the host-usage plugin reads it.
last_busy=-1
poll_host() {
  local busy total mem_total_bytes mem_available_bytes utilization scope=host
  if [[ -n $cgroup_cpu_path ]]; then
    scope=cgroup
    read_cgroup
  else
    read_proc
  fi || {
    failures[host-usage]=$((${failures[host-usage]-0} + 1))
    return
  }
  if ((last_busy >= 0 && ms > last_ms && total > last_total)); then
    utilization=$((((busy - last_busy) * 10000 + (total - last_total) / 2) / (total - last_total)))
    ((utilization < 0)) && utilization=0
    ((utilization > 10000)) && utilization=10000
    [[ -z ${unwritable[host-usage]-} ]] && printf '%s,%s,%s,%d.%04d,%s,%s,%s,%s\n' "$last_ms" "$ms" "$host_vcpus" $((utilization / 10000)) $((utilization % 10000)) \
      "$mem_total_bytes" "$mem_available_bytes" "$host_model" "$scope" >&6 || unwritable[host-usage]=1
  elif ((last_busy >= 0)); then
    # No tick since the last row (intervals shorter than the kernel's 10 ms tick): the next row covers both.
    return
  fi
  last_busy=$busy
  last_total=$total
  last_ms=$ms
}

poll() {
  now_ms
  ((${#zone_ids[@]} > 0)) && poll_rapl
  [[ -n $host_root ]] && poll_host
  return 0
}

stopping=0
trap 'stopping=1' TERM INT
for i in "${!tool_lines[@]}"; do start_tool "$i"; done
poll
event ready "$start_ms"
# Readings keep to a schedule of whole intervals from the first, so that the time a reading takes does not
# add up; one that falls behind (a slow disk) starts the schedule again rather than reading in a burst.
next_ms=$((ms + interval_ms))
while ((!stopping)); do
  now_ms
  pause_ms $((next_ms > ms ? next_ms - ms : 0))
  ((stopping)) && break
  poll
  check_tools
  next_ms=$((next_ms + interval_ms))
  ((next_ms <= ms)) && next_ms=$((ms + interval_ms))
  ((ms - start_ms > lifetime_ms)) && break
done
stopping=1
check_tools
stop_tools
poll
for name in "${!failures[@]}"; do event failed "$name" "${failures[$name]}"; done
for name in "${!unwritable[@]}"; do event unwritable "$name"; done
now_ms
event stopped "$ms"
