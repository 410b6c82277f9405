/**
 * A synthetic bank of n questions in the exam style, deterministic for a seed. Used by the
 * benchmarks (parse time) and the scale tests (10,000-question imports).
 */
import { createRng, pick, randomInt } from '../src/utils/random.ts';

const TOPICS = ['Quantization', 'Pruning and sparsity', 'MCU constraints', 'FLOPs and latency', 'Keyword spotting and audio', 'Power and energy'];
const WORDS = 'model layer weight scale arena flash sram int8 kernel pruning channel latency energy sensor window filter batch tensor'.split(' ');

const sentence = (rng: () => number, n: number) => Array.from({ length: n }, () => pick(rng, WORDS)).join(' ');

export function generateBank(n: number, seed = 1): string {
  const rng = createRng(seed);
  const parts: string[] = ['---', `title: Generated bank (${n} questions)`, 'difficulty: medium', '---', ''];
  const sections = { mcq: [] as string[], msq: [] as string[], nat: [] as string[], open: [] as string[] };
  for (let i = 1; i <= n; i++) {
    const kind = i % 10 < 4 ? 'mcq' : i % 10 < 6 ? 'msq' : i % 10 < 8 ? 'nat' : 'open';
    const topic = pick(rng, TOPICS);
    const head = `### Q${i}. {#gen-${seed}-${i}}\n\n**Topic:** ${topic} · **Difficulty:** ${pick(rng, ['easy', 'medium', 'hard'])}\n`;
    const prompt = `Question ${i}: how does the ${sentence(rng, 8)} behave when $x_${i} = ${randomInt(rng, 1, 99)}$?`;
    if (kind === 'mcq' || kind === 'msq') {
      const options = ['A', 'B', 'C', 'D'].map((k) => `- ${k}) The ${sentence(rng, 6)}.\n  > Because the ${sentence(rng, 7)}.`).join('\n');
      const answer = kind === 'mcq' ? pick(rng, ['A', 'B', 'C', 'D']) : 'A, C';
      sections[kind].push(`${head}\n${prompt}\n\n${options}\n\n**Answer:** ${answer}\n\n**Explanation:** The ${sentence(rng, 12)}.\n`);
    } else if (kind === 'nat') {
      const a = randomInt(rng, 10, 999);
      const b = randomInt(rng, 2, 64);
      sections.nat.push(
        `${head}\n${prompt}\n\n**Answer:** ${(a * b).toLocaleString('en-US')} ms\n\n**Solution:**\n\n$$${a} \\times ${b} = ${a * b}$$\n`,
      );
    } else {
      sections.open.push(`${head}\n${prompt}\n\n**Answer:**\n\n- **First:** the ${sentence(rng, 9)}\n- **Second:** the ${sentence(rng, 9)}\n\n**Key points:**\n- ${sentence(rng, 4)}\n- ${sentence(rng, 4)}\n- ${sentence(rng, 4)}\n`);
    }
  }
  parts.push('## MCQ\n', ...sections.mcq, '## MSQ\n', ...sections.msq, '## NAT\n', ...sections.nat, '## Concept questions\n', ...sections.open);
  return parts.join('\n');
}
