import type { TelemetryPlugin } from 'carbon-ci';
import carbontracker from './carbontracker/index.js';
import codecarbon from './codecarbon/index.js';
import csv from './csv/index.js';
import dcgm from './dcgm/index.js';
import hfTrainer from './hf-trainer/index.js';
import hostUsage from './host-usage/index.js';
import mlflow from './mlflow/index.js';
import nvidiaSmiDmon from './nvidia-smi-dmon/index.js';
import nvidiaSmiTable from './nvidia-smi-table/index.js';
import nvidiaSmi from './nvidia-smi/index.js';
import powermetrics from './powermetrics/index.js';
import { prometheusSource } from './prometheus/index.js';
import rapl from './rapl/index.js';
import rocmSmi from './rocm-smi/index.js';
import slurm from './slurm/index.js';
import tegrastats from './tegrastats/index.js';
import wandb from './wandb/index.js';
import xpuSmi from './xpu-smi/index.js';
import zeus from './zeus/index.js';

/** The plugins that ship with carbon-ci, in the order `--plugin auto` breaks ties. */
export const builtinPlugins: TelemetryPlugin[] = [
  nvidiaSmi,
  nvidiaSmiDmon,
  nvidiaSmiTable,
  dcgm,
  codecarbon,
  rocmSmi,
  xpuSmi,
  tegrastats,
  powermetrics,
  zeus,
  wandb,
  mlflow,
  slurm,
  hfTrainer,
  carbontracker,
  rapl,
  hostUsage,
  // Last: it reads any delimited log whose header is unambiguous, and must lose to every format above.
  csv,
] as TelemetryPlugin[];

/** The record sources that are not files, by the name the entry points' flags use. */
export const builtinSources = { prometheus: prometheusSource };
export type { PrometheusSourceOptions } from './prometheus/index.js';
