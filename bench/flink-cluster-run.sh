#!/usr/bin/env bash
# Submits the fat jar to a real Flink 2.2 standalone cluster with the real Flink CLI, the way a data
# engineer runs it ('flink run poolcast.jar backfill ...'), and checks that the jobs ran ON the
# cluster. The distribution (flink-dist) is not on Maven Central, so the cluster is assembled from
# the Maven artifacts it is made of (bench/flink-cluster/pom.xml) and started like Flink's scripts
# start it: a JobManager JVM and a TaskManager JVM, memory options from Flink's BashJavaUtils.
# The job: 'backfill' (pooling and sell-through) of a few days of a small generated world, reading
# and writing local absolute paths (cluster and client share this machine's file system).
# Usage: [MVN_ARGS="-o -Dmaven.repo.local=..."] [JOBS=pooling,sell-through] [DAYS=7]
#        bench/flink-cluster-run.sh
# Needs the jar (./poolcast builds it), Java 17, Maven and curl. Everything goes to
# out/bench/flink-cluster/ (logs in log/); the cluster is stopped on exit, also on failure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jar=$root/jobs/target/poolcast.jar
work=$root/out/bench/flink-cluster
conf=$work/conf
days=${DAYS:-7}
jobs=${JOBS:-pooling,sell-through}
start=2026-01-05
# What Flink's config.yaml passes every Flink JVM on Java 17 (env.java.opts.all).
opens=(
  --add-exports=java.base/sun.net.util=ALL-UNNAMED --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED
  --add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.net=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang.reflect=ALL-UNNAMED
  --add-opens=java.base/java.text=ALL-UNNAMED --add-opens=java.base/java.time=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED
)

step() { echo "== $*"; }
fail() { echo "flink-cluster-run: $*" >&2; exit 1; }
command -v curl >/dev/null || fail "curl is needed"

# A free local port: nothing answers on it.
free_port() {
  local port
  for port in $(shuf -i 20000-40000 -n 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
  fail "no free port found"
}

rm -rf "$work"
mkdir -p "$conf" "$work/log" "$work/tmp" "$work/plugins"

step "Flink 2.2 cluster classpath (Maven: bench/flink-cluster/pom.xml)"
# shellcheck disable=SC2086 # MVN_ARGS holds several arguments
mvn ${MVN_ARGS:--q -B} -f bench/flink-cluster/pom.xml dependency:build-classpath \
  -DincludeScope=runtime -Dmdep.outputFile="$work/classpath.txt" >"$work/log/maven.log" 2>&1 \
  || { tail -n 20 "$work/log/maven.log" >&2; fail "could not resolve the Flink classpath"; }
cp=$(cat "$work/classpath.txt")
echo "$(tr ':' '\n' <"$work/classpath.txt" | wc -l) jars"

step "world: generate --scale small --days $days"
./poolcast --help >/dev/null # builds the jar when sources changed
java -Xmx2g "${opens[@]}" -jar "$jar" generate --scale small --days "$days" --start "$start" \
  --out "$work/world" 2>&1 | tr '\r' '\n' >"$work/log/generate.log"
tail -n 1 "$work/log/generate.log"

rest_port=$(free_port)
rpc_port=$(free_port)
cat >"$conf/config.yaml" <<EOF
# A one-machine session cluster: 1 JobManager, 1 TaskManager with 2 slots (2 cores, 24 GiB).
jobmanager.rpc.address: localhost
jobmanager.rpc.port: $rpc_port
jobmanager.bind-host: localhost
jobmanager.memory.process.size: 1200m
taskmanager.host: localhost
taskmanager.bind-host: localhost
taskmanager.numberOfTaskSlots: 2
taskmanager.memory.process.size: 3g
parallelism.default: 2
rest.address: localhost
rest.bind-address: localhost
rest.port: $rest_port
io.tmp.dirs: $work/tmp
env.java.opts.all: ${opens[*]}
EOF
for name in log4j log4j-cli; do
  cat >"$conf/$name.properties" <<'EOF'
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = file
appender.file.type = File
appender.file.name = file
appender.file.fileName = ${sys:log.file}
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = %d{ISO8601} %-5p [%t] %c{1.} - %m%n
EOF
done

pids=()
stop_cluster() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap stop_cluster EXIT

# Starts a Flink process as flink-daemon.sh does: JVM options from BashJavaUtils, log file per role.
start_flink() {
  local role=$1 main=$2 params=$3 jvm dynamic
  mapfile -t results < <(java -cp "$cp" org.apache.flink.runtime.util.bash.BashJavaUtils "$params" \
    --configDir "$conf" 2>/dev/null | sed -n 's/^BASH_JAVA_UTILS_EXEC_RESULT://p')
  [ "${#results[@]}" -eq 2 ] || fail "BashJavaUtils $params failed"
  jvm=${results[0]} dynamic=${results[1]}
  # shellcheck disable=SC2086 # jvm and dynamic are lists of options
  java $jvm "${opens[@]}" -Dlog.file="$work/log/$role.log" \
    -Dlog4j.configurationFile="file:$conf/log4j.properties" -cp "$cp" "$main" \
    --configDir "$conf" $dynamic >"$work/log/$role.out" 2>&1 &
  pids+=("$!")
  echo "$role: pid $!, $jvm"
}

step "cluster: JobManager and TaskManager (REST on localhost:$rest_port)"
start_flink jobmanager org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint \
  GET_JM_RESOURCE_PARAMS
start_flink taskmanager org.apache.flink.runtime.taskexecutor.TaskManagerRunner \
  GET_TM_RESOURCE_PARAMS
rest=http://localhost:$rest_port
for _ in $(seq 1 90); do
  overview=$(curl -sf "$rest/overview" || true)
  [[ $overview == *'"taskmanagers":1'* ]] && break
  sleep 1
done
[[ $overview == *'"taskmanagers":1'* ]] || fail "cluster not up after 90 s; see $work/log/"
echo "overview: $overview"

to=$(date -d "$start + $((days - 1)) days" +%F)
step "flink run poolcast.jar backfill --jobs $jobs --from $start --to $to"
set +e
FLINK_CONF_DIR=$conf FLINK_PLUGINS_DIR=$work/plugins java -Xmx1g "${opens[@]}" \
  -Dlog.file="$work/log/client.log" -Dlog4j.configurationFile="file:$conf/log4j-cli.properties" \
  -cp "$cp" org.apache.flink.client.cli.CliFrontend run -m "localhost:$rest_port" "$jar" \
  backfill --jobs "$jobs" --from "$start" --to "$to" --input "$work/world" --out "$work/out"
status=$?
set -e
echo "flink run exit code: $status"

step "the cluster's jobs (REST /jobs/overview)"
curl -sf "$rest/jobs/overview" | sed 's/},{/}\n{/g; s/$/\n/' |
  sed -n 's/.*"jid":"\([^"]*\)","name":"\([^"]*\)".*"state":"\([A-Z]*\)".*/\1 \3 \2/p' \
  >"$work/jobs.txt"
while read -r jid state name; do
  echo "$jid $state $name ($(curl -sf "$rest/jobs/$jid" | grep -o '"job-type":"[A-Z]*"'))"
done <"$work/jobs.txt"
[ "$status" -eq 0 ] || fail "flink run failed (exit $status); see $work/log/client.log"
expected=$(tr ',' '\n' <<<"$jobs" | wc -l)
finished=$(grep -c ' FINISHED ' "$work/jobs.txt" || true)
[ "$finished" -eq "$expected" ] || fail "$finished of $expected jobs FINISHED on the cluster"

step "output"
for table in "$work"/out/*/; do
  echo "$(basename "$table"): $(find "$table" -mindepth 1 -maxdepth 1 -type d | wc -l) partitions," \
    "$(find "$table" -name '*.parquet' -printf '%h\n' | sort -u | wc -l) folders," \
    "$(find "$table" -name '*.parquet' | wc -l) Parquet files"
done
[ -n "$(find "$work/out" -name '*.parquet' -print -quit)" ] || fail "no output files"
echo "OK: $finished jobs FINISHED on the cluster"
