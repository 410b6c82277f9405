/**
 * Device presets. Clock, memories and FPU come from the vendor's datasheet or product page, cited in
 * `sources`. Throughput per cycle and bandwidths are ESTIMATES (marked so in `estimates`): vendors do
 * not publish sustained neural-network rates, so each is derived as the note says. Measure on the
 * board before you trust a latency to better than 2×.
 */
import { z } from 'zod';
import { KIB, MIB } from './units.ts';

export const FPUS = ['none', 'fp32', 'fp32+fp64', 'fp16+fp32'] as const;

export const DeviceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** The processor, as the vendor names it. */
  chip: z.string().min(1),
  kind: z.enum(['mcu', 'sbc', 'accelerator']),
  clockMHz: z.number().positive(),
  /** Cores a runtime can use (TFLite Micro uses one; the others are listed for multi-core estimates). */
  cores: z.number().int().positive(),
  fpu: z.enum(FPUS),
  /** Working memory for the tensor arena (SRAM on an MCU, RAM otherwise), bytes. */
  ramBytes: z.number().positive(),
  ramLabel: z.string().min(1),
  /** Storage the weights live in (internal flash on an MCU), bytes. */
  storageBytes: z.number().positive(),
  storageLabel: z.string().min(1),
  /** Sustained MACs per cycle per core for int8 and for float32 kernels (ESTIMATES). 0 = not supported. */
  int8MacsPerCycle: z.number().nonnegative(),
  fp32MacsPerCycle: z.number().nonnegative(),
  /** Bandwidth of the memory the weights stream from, bytes/s (ESTIMATE unless cited). */
  bandwidth: z.number().positive(),
  /** Cache or on-chip memory in front of it, bytes, its bandwidth and how it keeps data. */
  cacheBytes: z.number().nonnegative(),
  cacheBandwidth: z.number().positive(),
  cachePolicy: z.enum(['lru', 'pinned']),
  /**
   * Bandwidth of the memory that holds the activations, bytes/s (ESTIMATE): on-chip SRAM for an MCU or
   * an accelerator, the same DRAM as the weights for a board computer (arenaInDram), where a layer
   * whose input and output fit in the cache is served from the cache instead.
   */
  arenaBandwidth: z.number().positive(),
  arenaInDram: z.boolean(),
  /** Datasheets and product pages for the cited specs. */
  sources: z.array(z.string().url()).min(1),
  /** How the estimated numbers were derived. */
  estimates: z.string().min(1),
});
export type Device = z.infer<typeof DeviceSchema>;

const MHz = 1e6;

const devices: Device[] = [
  {
    id: 'arduino-nano-33-ble-sense',
    name: 'Arduino Nano 33 BLE Sense',
    chip: 'Nordic nRF52840 (Arm Cortex-M4F)',
    kind: 'mcu',
    clockMHz: 64,
    cores: 1,
    fpu: 'fp32',
    ramBytes: 256 * KIB,
    ramLabel: 'SRAM',
    storageBytes: 1024 * KIB,
    storageLabel: 'flash',
    int8MacsPerCycle: 0.4,
    fp32MacsPerCycle: 0.2,
    bandwidth: 64 * MHz * 4,
    cacheBytes: 0,
    cacheBandwidth: 64 * MHz * 4,
    cachePolicy: 'lru',
    arenaBandwidth: 64 * MHz * 4,
    arenaInDram: false,
    sources: ['https://docs.arduino.cc/hardware/nano-33-ble-sense/', 'https://www.nordicsemi.com/Products/nRF52840'],
    estimates:
      'int8 MACs/cycle from CMSIS-NN on Cortex-M4 (2-way 16-bit SIMD MAC, less load and requantization overhead); flash bandwidth = one 32-bit word per cycle.',
  },
  {
    id: 'raspberry-pi-pico',
    name: 'Raspberry Pi Pico',
    chip: 'RP2040 (2 × Arm Cortex-M0+)',
    kind: 'mcu',
    clockMHz: 133,
    cores: 2,
    fpu: 'none',
    ramBytes: 264 * KIB,
    ramLabel: 'SRAM',
    storageBytes: 2 * MIB,
    storageLabel: 'QSPI flash',
    int8MacsPerCycle: 0.1,
    fp32MacsPerCycle: 0.01,
    bandwidth: 33 * MHz,
    cacheBytes: 16 * KIB,
    cacheBandwidth: 133 * MHz * 4,
    cachePolicy: 'lru',
    arenaBandwidth: 133 * MHz * 4,
    arenaInDram: false,
    sources: ['https://datasheets.raspberrypi.com/pico/pico-datasheet.pdf', 'https://datasheets.raspberrypi.com/rp2040/rp2040-datasheet.pdf'],
    estimates:
      'No DSP extension and no FPU (floats run in software): about 10 cycles per int8 MAC and 100 per float MAC. Weights execute in place from QSPI flash (≈ 66 MHz × 4 bits ≈ 33 MB/s) behind a 16 KB XIP cache.',
  },
  {
    id: 'esp32',
    name: 'ESP32 (ESP32-WROOM-32)',
    chip: 'ESP32-D0WD (2 × Xtensa LX6)',
    kind: 'mcu',
    clockMHz: 240,
    cores: 2,
    fpu: 'fp32',
    ramBytes: 520 * KIB,
    ramLabel: 'SRAM',
    storageBytes: 4 * MIB,
    storageLabel: 'SPI flash',
    int8MacsPerCycle: 0.25,
    fp32MacsPerCycle: 0.2,
    bandwidth: 40 * MHz,
    cacheBytes: 32 * KIB,
    cacheBandwidth: 240 * MHz * 4,
    cachePolicy: 'lru',
    arenaBandwidth: 240 * MHz * 4,
    arenaInDram: false,
    sources: ['https://www.espressif.com/sites/default/files/documentation/esp32_datasheet_en.pdf', 'https://www.espressif.com/sites/default/files/documentation/esp32-wroom-32_datasheet_en.pdf'],
    estimates: 'No SIMD for int8: ≈ 4 cycles per MAC. Flash in quad-I/O mode at 80 MHz ≈ 40 MB/s behind a 32 KB cache. 520 KB SRAM is the total; less is free for the arena.',
  },
  {
    id: 'esp32-s3',
    name: 'ESP32-S3 (ESP32-S3-WROOM-1-N8)',
    chip: 'ESP32-S3 (2 × Xtensa LX7 with vector instructions)',
    kind: 'mcu',
    clockMHz: 240,
    cores: 2,
    fpu: 'fp32',
    ramBytes: 512 * KIB,
    ramLabel: 'SRAM',
    storageBytes: 8 * MIB,
    storageLabel: 'flash',
    int8MacsPerCycle: 2,
    fp32MacsPerCycle: 0.25,
    bandwidth: 80 * MHz,
    cacheBytes: 32 * KIB,
    cacheBandwidth: 240 * MHz * 16,
    cachePolicy: 'lru',
    arenaBandwidth: 240 * MHz * 16,
    arenaInDram: false,
    sources: ['https://www.espressif.com/sites/default/files/documentation/esp32-s3_datasheet_en.pdf', 'https://www.espressif.com/sites/default/files/documentation/esp32-s3-wroom-1_wroom-1u_datasheet_en.pdf'],
    estimates: '128-bit vector MACs (ESP-NN) peak at 16 int8 MACs/cycle; ≈ 2 sustained. Octal flash at 80 MHz ≈ 80 MB/s behind a 32 KB data cache.',
  },
  {
    id: 'stm32f746',
    name: 'STM32F746 (32F746GDISCOVERY)',
    chip: 'STM32F746NG (Arm Cortex-M7)',
    kind: 'mcu',
    clockMHz: 216,
    cores: 1,
    fpu: 'fp32',
    ramBytes: 320 * KIB,
    ramLabel: 'SRAM',
    storageBytes: 1024 * KIB,
    storageLabel: 'flash',
    int8MacsPerCycle: 0.57,
    fp32MacsPerCycle: 0.4,
    bandwidth: 216 * MHz * 4,
    cacheBytes: 4 * KIB,
    cacheBandwidth: 216 * MHz * 8,
    cachePolicy: 'lru',
    arenaBandwidth: 216 * MHz * 4,
    arenaInDram: false,
    sources: ['https://www.st.com/en/microcontrollers-microprocessors/stm32f746ng.html', 'https://arxiv.org/abs/1801.06601'],
    estimates:
      'int8: CMSIS-NN (Lai et al. 2018) reports about 99 ms per image for its CIFAR-10 network on this part at 216 MHz; that network is ≈ 12.3 M MACs by our count, ≈ 0.57 MACs/cycle. Flash via the ART accelerator ≈ one 32-bit word per cycle; 4 KB L1 data cache.',
  },
  {
    id: 'stm32h743',
    name: 'STM32H743 (NUCLEO-H743ZI)',
    chip: 'STM32H743ZI (Arm Cortex-M7)',
    kind: 'mcu',
    clockMHz: 480,
    cores: 1,
    fpu: 'fp32+fp64',
    ramBytes: 1024 * KIB,
    ramLabel: 'SRAM',
    storageBytes: 2 * MIB,
    storageLabel: 'flash',
    int8MacsPerCycle: 0.57,
    fp32MacsPerCycle: 0.4,
    bandwidth: 240 * MHz * 8,
    cacheBytes: 16 * KIB,
    cacheBandwidth: 480 * MHz * 8,
    cachePolicy: 'lru',
    arenaBandwidth: 480 * MHz * 8,
    arenaInDram: false,
    sources: ['https://www.st.com/en/microcontrollers-microprocessors/stm32h743zi.html'],
    estimates:
      'Same Cortex-M7 rate per cycle as the STM32F746. Flash on the 64-bit AXI bus at 240 MHz ≈ 1.9 GB/s; 16 KB L1 data cache. 1 MB of RAM is split into several banks (the largest contiguous is 512 KB AXI SRAM).',
  },
  {
    id: 'sparkfun-edge',
    name: 'SparkFun Edge',
    chip: 'Ambiq Apollo3 Blue (Arm Cortex-M4F)',
    kind: 'mcu',
    clockMHz: 48,
    cores: 1,
    fpu: 'fp32',
    ramBytes: 384 * KIB,
    ramLabel: 'SRAM',
    storageBytes: 1024 * KIB,
    storageLabel: 'flash',
    int8MacsPerCycle: 0.4,
    fp32MacsPerCycle: 0.2,
    bandwidth: 48 * MHz * 4,
    cacheBytes: 16 * KIB,
    cacheBandwidth: 48 * MHz * 4,
    cachePolicy: 'lru',
    arenaBandwidth: 48 * MHz * 4,
    arenaInDram: false,
    sources: ['https://www.sparkfun.com/products/15170', 'https://ambiq.com/apollo3-blue/'],
    estimates: 'Runs at 48 MHz (96 MHz in burst mode, not assumed here). Cortex-M4 rates as for the nRF52840; flash ≈ one word per cycle behind a 16 KB cache.',
  },
  {
    id: 'raspberry-pi-4',
    name: 'Raspberry Pi 4 Model B (4 GB)',
    chip: 'Broadcom BCM2711 (4 × Arm Cortex-A72)',
    kind: 'sbc',
    clockMHz: 1500,
    cores: 4,
    fpu: 'fp32+fp64',
    ramBytes: 4 * 1024 * MIB,
    ramLabel: 'LPDDR4 RAM',
    storageBytes: 32 * 1024 * MIB,
    storageLabel: 'microSD card (32 GB assumed)',
    int8MacsPerCycle: 8,
    fp32MacsPerCycle: 4,
    bandwidth: 12.8e9,
    cacheBytes: 1 * MIB,
    cacheBandwidth: 1500 * MHz * 32,
    cachePolicy: 'lru',
    arenaBandwidth: 12.8e9,
    arenaInDram: true,
    sources: ['https://www.raspberrypi.com/products/raspberry-pi-4-model-b/specifications/', 'https://datasheets.raspberrypi.com/bcm2711/bcm2711-peripherals.pdf'],
    estimates:
      'NEON: one 4-wide fp32 FMA per cycle sustained (two pipes peak), int8 about twice that with XNNPACK. Bandwidth is the LPDDR4-3200 × 32-bit peak (12.8 GB/s); measured copies reach about a third. 1 MB shared L2.',
  },
  {
    id: 'jetson-nano',
    name: 'NVIDIA Jetson Nano (4 GB)',
    chip: 'Tegra X1: 128-core Maxwell GPU + 4 × Arm Cortex-A57',
    kind: 'sbc',
    clockMHz: 921,
    cores: 1,
    fpu: 'fp16+fp32',
    ramBytes: 4 * 1024 * MIB,
    ramLabel: 'LPDDR4 RAM (shared with the CPU)',
    storageBytes: 16 * 1024 * MIB,
    storageLabel: 'eMMC (production module; the developer kit boots from microSD)',
    int8MacsPerCycle: 256,
    fp32MacsPerCycle: 128,
    bandwidth: 25.6e9,
    cacheBytes: 256 * KIB,
    cacheBandwidth: 921 * MHz * 128,
    cachePolicy: 'lru',
    arenaBandwidth: 25.6e9,
    arenaInDram: true,
    sources: ['https://developer.nvidia.com/embedded/jetson-nano', 'https://developer.nvidia.com/embedded/jetson-nano-developer-kit'],
    estimates:
      'Treated as one GPU "core" of 128 CUDA cores at 921 MHz: 128 fp32 FMAs per cycle (236 GFLOP/s); fp16 doubles it to the 472 GFLOPS NVIDIA quotes. Maxwell has no int8 dot product, so int8 runs at the fp16 rate. 25.6 GB/s is NVIDIA’s figure.',
  },
  {
    id: 'coral-edge-tpu',
    name: 'Coral Dev Board (Edge TPU)',
    chip: 'Google Edge TPU + NXP i.MX 8M host',
    kind: 'accelerator',
    clockMHz: 500,
    cores: 1,
    fpu: 'none',
    ramBytes: 1024 * MIB,
    ramLabel: 'host LPDDR4 RAM',
    storageBytes: 8 * 1024 * MIB,
    storageLabel: 'eMMC',
    int8MacsPerCycle: 4000,
    fp32MacsPerCycle: 0,
    bandwidth: 0.5e9,
    cacheBytes: 8 * MIB,
    cacheBandwidth: 100e9,
    cachePolicy: 'pinned',
    arenaBandwidth: 100e9,
    arenaInDram: false,
    sources: ['https://coral.ai/products/dev-board/', 'https://coral.ai/docs/edgetpu/compiler/', 'https://coral.ai/docs/edgetpu/benchmarks/'],
    estimates:
      'Google quotes 4 TOPS int8 = 2 T MACs/s; the clock is not published, so 500 MHz × 4,000 MACs/cycle stands for that product. int8 only: float models do not run on it. About 8 MB of on-chip SRAM caches parameters (pinned); what does not fit streams from the host (≈ 0.5 GB/s assumed over PCIe).',
  },
];

export const DEVICES: readonly Device[] = devices.map((d) => DeviceSchema.parse(d));

export const deviceById = (id: string): Device | undefined => DEVICES.find((d) => d.id === id);

/**
 * Sustained MACs per second for a given weight precision:
 *   f · (int8 MACs/cycle if bits ≤ 8, else fp32 MACs/cycle) · cores used
 * 16-bit models are treated like float32 except on devices with fp16 (the Jetson), where they run at the int8/fp16 rate.
 */
export function deviceMacsPerSecond(device: Device, weightBits: number, cores = 1): number {
  const perCycle = weightBits <= 8 || (weightBits <= 16 && device.fpu === 'fp16+fp32') ? device.int8MacsPerCycle : device.fp32MacsPerCycle;
  return device.clockMHz * 1e6 * perCycle * Math.min(cores, device.cores);
}
