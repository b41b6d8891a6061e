import { definePlugin } from 'carbon-ci';
import { detect, explain } from './detect.js';
import { readCsv } from './read.js';
import { TIME_FORMATS } from './times.js';
import { UNIT_NAMES } from './units.js';

const column = (what: string) => ({ type: 'string', minLength: 1, description: what });

export default definePlugin({
  name: 'csv',
  kind: 'telemetry',
  description:
    'Power (W) or energy (J, Wh, kWh) logs that homegrown loggers write (pynvml or nvidia-smi wrappers): a time column and power columns whose unit the header states; every column, unit and layout can be stated as an option.',
  example: 'timestamp,gpu,power_W\n2025-01-20T09:00:00Z,0,301.2\n2025-01-20T09:00:01Z,0,299.8',
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      time: column('the time column (ISO 8601, `YYYY/MM/DD HH:MM:SS.mmm`, or epoch s/ms/µs/ns told by magnitude)'),
      date: column('the date column, when the date and the time of day are in two columns'),
      timeFormat: { type: 'string', enum: TIME_FORMATS, description: 'how the time is written: iso, or epoch-s, epoch-ms, epoch-us, epoch-ns; auto (the default) tells them apart' },
      power: column('the power column(s), comma-separated; several are one device each (wide layout) unless a device column is named'),
      energy: column('the energy column(s), comma-separated, read like power columns'),
      unit: { type: 'string', enum: UNIT_NAMES, description: `the unit of the power or energy columns: ${UNIT_NAMES.join(', ')}` },
      energyKind: { type: 'string', enum: ['cumulative', 'interval'], description: 'energy columns: cumulative (a counter since some start) or per interval (since the previous row)' },
      device: column('the column that names the device of each row (an index, gpuN, a GPU UUID)'),
      field: column('long tables (device,time,field,value): the field whose rows hold power or energy, e.g. power_usage'),
      fieldColumn: column('long tables: the column of field names (default: one named field or metric)'),
      valueColumn: column('long tables: the column of values (default: one named value or values)'),
      component: { type: 'string', enum: ['gpu', 'cpu', 'ram', 'node'], description: 'what the readings measure when the column names do not say (default: a GPU)' },
      host: column('host name to qualify device ids (host:gpuN) when logs of several machines are combined'),
      model: column('the GPU model, e.g. "NVIDIA H100 80GB HBM3" (for the power ceiling and the embodied share)'),
      timeZone: column('IANA zone of times written without an offset (default: the run\'s --timezone)'),
      delimiter: { type: 'string', enum: [',', ';', '\t'], description: 'the field delimiter (default: the one that splits the header most)' },
    },
  },
  detect,
  explain,
  read: readCsv,
});
