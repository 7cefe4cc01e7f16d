/**
 * Runs `task` on every item, a few at a time. Starting thousands of file reads
 * at once would hold every file in memory together; one at a time would leave
 * the disk idle while each one is processed.
 */
export async function inBatches<T>(items: readonly T[], size: number, task: (item: T) => Promise<void>): Promise<void> {
	for (let start = 0; start < items.length; start += size) {
		await Promise.all(items.slice(start, start + size).map(task));
	}
}
