// The tests' real Prometheus server: the launcher the fleet benchmark uses too (bench/prometheus-server.mjs).
export { freePort, startPrometheus, type PrometheusServer } from '../../bench/prometheus-server.mjs';
