import { type Clock, utcDay } from '../clock/index.js';
import { CreditUsageModel } from './collection-run.model.js';

export async function recordCreditsUsed(credits: number, clock: Clock): Promise<void> {
  if (credits <= 0) return;
  await CreditUsageModel.updateOne({ _id: utcDay(clock.now()) }, { $inc: { credits } }, { upsert: true });
}

export async function creditsUsedOn(day: string): Promise<number> {
  return (await CreditUsageModel.findById(day).lean())?.credits ?? 0;
}

/** Credits spent from the first of the month (UTC) through `day`. */
export async function creditsUsedInMonthOf(day: string): Promise<number> {
  const days = await CreditUsageModel.find({ _id: { $gte: `${day.slice(0, 7)}-01`, $lte: day } }).lean();
  return days.reduce((sum, entry) => sum + entry.credits, 0);
}
