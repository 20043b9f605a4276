/**
 * Writes X12 interchanges for the benchmark and the tests that need many transaction sets (the
 * hand-written fixtures in tests/fixtures/edi cover the format's quirks; these cover volume).
 */
export interface InterchangeParties {
  senderQualifier: string;
  senderId: string;
  receiverQualifier: string;
  receiverId: string;
  controlNumber: number;
  at: Date;
}

const pad = (value: string, width: number) => value.padEnd(width, ' ').slice(0, width);
const digits = (value: number, width: number) => String(value).padStart(width, '0');

/** ISA..IEA around one functional group of `sets` (each a list of segments, ST and SE added here). */
export function interchange(parties: InterchangeParties, functionalId: string, setId: string, sets: string[][]): string {
  const iso = parties.at.toISOString();
  const yymmdd = iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);
  const hhmm = iso.slice(11, 13) + iso.slice(14, 16);
  const control = digits(parties.controlNumber, 9);
  const group = String(parties.controlNumber);
  const out: string[] = [
    `ISA*00*${pad('', 10)}*00*${pad('', 10)}*${pad(parties.senderQualifier, 2)}*${pad(parties.senderId, 15)}*${pad(parties.receiverQualifier, 2)}*${pad(parties.receiverId, 15)}*${yymmdd}*${hhmm}*U*00401*${control}*0*P*>`,
    `GS*${functionalId}*${parties.senderId}*${parties.receiverId}*20${yymmdd}*${hhmm}*${group}*X*004010`,
  ];
  sets.forEach((segments, i) => {
    const st = digits(i + 1, 4);
    out.push(`ST*${setId}*${st}`, ...segments, `SE*${segments.length + 2}*${st}`);
  });
  out.push(`GE*${sets.length}*${group}`, `IEA*1*${control}`);
  return `${out.join('~\n')}~\n`;
}

/** An 846 per item: the warehouse's on-hand count for one SKU, as a 3PL sends them. */
export function inventoryAdviceSets(warehouseBranch: string, items: readonly { sku: string; onHand: number }[], reportDate: Date): string[][] {
  const date = reportDate.toISOString().slice(0, 10).replace(/-/g, '');
  return items.map((item, i) => [
    `BIA*00*SI*INV${digits(i + 1, 6)}*${date}`,
    `N1*WH*${warehouseBranch} WAREHOUSE*92*${warehouseBranch}`,
    `LIN**VN*${item.sku}`,
    `QTY*17*${item.onHand}*EA`,
  ]);
}
