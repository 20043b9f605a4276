/**
 * The assortment of a mid-market industrial distributor: families, their categories, the
 * attributes each family's products carry and the value pools they are drawn from.
 * Costs are in dollars (a log-uniform range per category); margins are list-price margins.
 */
export type AttributeValue = string | number | boolean;

export interface FamilyAttributeSpec {
  code: string;
  required: boolean;
  values: readonly AttributeValue[];
}

export interface CategorySpec {
  code: string;
  name: string;
  /** What one unit is called in product names, e.g. "Hex Cap Screw". */
  noun: string;
  uom: 'EA' | 'BX' | 'FT' | 'PK' | 'RL';
  cost: readonly [number, number];
  /** Attributes whose values appear in the product name, in order. */
  nameAttributes: readonly string[];
}

export interface FamilySpec {
  code: string;
  name: string;
  skuPrefix: string;
  skuShare: number;
  margin: readonly [number, number];
  brands: readonly string[];
  keywords: readonly string[];
  attributes: readonly FamilyAttributeSpec[];
  categories: readonly CategorySpec[];
  /** Families bought alongside this one (cross-sell targets). */
  complements: readonly string[];
}

const BOOL = [true, false] as const;
const COLORS = ['Black', 'Gray', 'White', 'Red', 'Blue', 'Yellow', 'Orange'];

export const FAMILIES: readonly FamilySpec[] = [
  {
    code: 'fasteners', name: 'Fasteners', skuPrefix: 'FST', skuShare: 0.16, margin: [0.38, 0.55],
    brands: ['Ironclad Fastening', 'Unifast', 'NorthStar Hardware', 'Bolt & Nut Supply Co.'],
    keywords: ['hardware', 'fastener', 'zinc', 'stainless', 'sae', 'metric', 'bulk pack'],
    attributes: [
      { code: 'thread_size', required: true, values: ['1/4"-20', '5/16"-18', '3/8"-16', '1/2"-13', '5/8"-11', 'M6 x 1.0', 'M8 x 1.25', 'M10 x 1.5'] },
      { code: 'length_in', required: true, values: [0.5, 0.75, 1, 1.25, 1.5, 2, 2.5, 3, 4] },
      { code: 'material', required: true, values: ['Steel', 'Stainless 18-8', 'Stainless 316', 'Brass', 'Alloy Steel'] },
      { code: 'pack_quantity', required: true, values: [25, 50, 100, 250, 500] },
      { code: 'finish', required: false, values: ['Zinc Plated', 'Plain', 'Hot-Dip Galvanized', 'Black Oxide', 'Yellow Zinc'] },
      { code: 'grade', required: false, values: ['Grade 2', 'Grade 5', 'Grade 8', 'A2-70', 'Class 8.8'] },
    ],
    categories: [
      { code: 'fasteners.bolts', name: 'Bolts & Cap Screws', noun: 'Hex Cap Screw', uom: 'BX', cost: [6, 90], nameAttributes: ['thread_size', 'length_in', 'material'] },
      { code: 'fasteners.nuts', name: 'Nuts', noun: 'Hex Nut', uom: 'BX', cost: [3, 45], nameAttributes: ['thread_size', 'material'] },
      { code: 'fasteners.washers', name: 'Washers', noun: 'Flat Washer', uom: 'BX', cost: [2, 30], nameAttributes: ['thread_size', 'material'] },
      { code: 'fasteners.anchors', name: 'Concrete Anchors', noun: 'Wedge Anchor', uom: 'BX', cost: [12, 140], nameAttributes: ['thread_size', 'length_in'] },
      { code: 'fasteners.screws', name: 'Self-Drilling Screws', noun: 'Self-Drilling Screw', uom: 'BX', cost: [8, 60], nameAttributes: ['thread_size', 'length_in'] },
    ],
    complements: ['hand_tools', 'power_tools', 'adhesives'],
  },
  {
    code: 'electrical', name: 'Electrical', skuPrefix: 'ELC', skuShare: 0.13, margin: [0.3, 0.48],
    brands: ['VoltMaster', 'Lumina Industrial', 'Copperline', 'Square Circuit'],
    keywords: ['electrical', 'ul listed', 'wiring', 'commercial', 'code compliant'],
    attributes: [
      { code: 'voltage', required: true, values: [120, 240, 277, 480, 600] },
      { code: 'ul_listed', required: true, values: BOOL },
      { code: 'amperage', required: false, values: [15, 20, 30, 50, 100] },
      { code: 'wire_gauge', required: false, values: ['14 AWG', '12 AWG', '10 AWG', '8 AWG', '6 AWG'] },
      { code: 'color', required: false, values: COLORS },
      { code: 'wattage', required: false, values: [50, 100, 150, 240] },
    ],
    categories: [
      { code: 'electrical.wire', name: 'Building Wire', noun: 'THHN Building Wire', uom: 'FT', cost: [0.2, 2.5], nameAttributes: ['wire_gauge', 'color'] },
      { code: 'electrical.breakers', name: 'Circuit Breakers', noun: 'Circuit Breaker', uom: 'EA', cost: [9, 260], nameAttributes: ['amperage', 'voltage'] },
      { code: 'electrical.connectors', name: 'Connectors & Terminals', noun: 'Twist Wire Connector', uom: 'PK', cost: [4, 40], nameAttributes: ['wire_gauge'] },
      { code: 'electrical.lighting', name: 'Commercial Lighting', noun: 'LED High Bay Fixture', uom: 'EA', cost: [60, 420], nameAttributes: ['wattage', 'voltage'] },
      { code: 'electrical.conduit', name: 'Conduit & Fittings', noun: 'EMT Conduit Connector', uom: 'PK', cost: [5, 70], nameAttributes: ['color'] },
    ],
    complements: ['hand_tools', 'hvac'],
  },
  {
    code: 'plumbing', name: 'Plumbing', skuPrefix: 'PLB', skuShare: 0.11, margin: [0.3, 0.46],
    brands: ['FlowRight', 'Keystone Valve', 'AquaPro', 'Benchmark Brass'],
    keywords: ['plumbing', 'npt', 'lead free', 'potable water', 'valve'],
    attributes: [
      { code: 'connection_size', required: true, values: ['1/2" NPT', '3/4" NPT', '1" NPT', '1-1/4" NPT', '2" NPT', '1/2" Sweat'] },
      { code: 'material', required: true, values: ['Lead-Free Brass', 'PVC', 'CPVC', 'Copper', 'Stainless 316'] },
      { code: 'lead_free', required: true, values: BOOL },
      { code: 'pressure_rating_psi', required: false, values: [150, 200, 400, 600] },
      { code: 'temperature_max_f', required: false, values: [140, 180, 250, 400] },
    ],
    categories: [
      { code: 'plumbing.valves', name: 'Valves', noun: 'Full Port Ball Valve', uom: 'EA', cost: [8, 180], nameAttributes: ['connection_size', 'material'] },
      { code: 'plumbing.fittings', name: 'Pipe Fittings', noun: '90° Elbow Fitting', uom: 'PK', cost: [3, 45], nameAttributes: ['connection_size', 'material'] },
      { code: 'plumbing.pipe', name: 'Pipe & Tubing', noun: 'PEX Tubing', uom: 'FT', cost: [0.3, 4], nameAttributes: ['connection_size'] },
      { code: 'plumbing.pumps', name: 'Pumps', noun: 'Submersible Sump Pump', uom: 'EA', cost: [90, 650], nameAttributes: ['connection_size'] },
    ],
    complements: ['adhesives', 'hand_tools'],
  },
  {
    code: 'hvac', name: 'HVAC', skuPrefix: 'HVC', skuShare: 0.08, margin: [0.28, 0.44],
    brands: ['AirStream', 'ThermaCore', 'ClimateWorks'],
    keywords: ['hvac', 'air filter', 'cooling', 'heating', 'replacement'],
    attributes: [
      { code: 'dimensions', required: true, values: ['16" x 20" x 1"', '20" x 25" x 2"', '24" x 24" x 4"', '12" x 24" x 2"', '6" dia.'] },
      { code: 'weight_lb', required: true, values: [0.8, 2.5, 6, 14, 28] },
      { code: 'voltage', required: false, values: [24, 120, 208, 240] },
      { code: 'merv_rating', required: false, values: [8, 11, 13, 14] },
      { code: 'horsepower', required: false, values: [0.25, 0.33, 0.5, 1] },
      { code: 'refrigerant_type', required: false, values: ['R-410A', 'R-32', 'R-454B'] },
      { code: 'energy_star', required: false, values: BOOL },
    ],
    categories: [
      { code: 'hvac.filters', name: 'Air Filters', noun: 'Pleated Air Filter', uom: 'PK', cost: [18, 140], nameAttributes: ['dimensions', 'merv_rating'] },
      { code: 'hvac.motors', name: 'Motors', noun: 'Condenser Fan Motor', uom: 'EA', cost: [70, 520], nameAttributes: ['horsepower', 'voltage'] },
      { code: 'hvac.controls', name: 'Thermostats & Controls', noun: 'Programmable Thermostat', uom: 'EA', cost: [35, 260], nameAttributes: ['voltage'] },
      { code: 'hvac.ductwork', name: 'Ductwork', noun: 'Insulated Flex Duct', uom: 'EA', cost: [20, 120], nameAttributes: ['dimensions'] },
    ],
    complements: ['electrical', 'safety'],
  },
  {
    code: 'safety', name: 'Safety & PPE', skuPrefix: 'SAF', skuShare: 0.11, margin: [0.35, 0.52],
    brands: ['Guardian PPE', 'SafeShift', 'HiVis Works'],
    keywords: ['ppe', 'safety', 'osha', 'ansi', 'jobsite', 'protective'],
    attributes: [
      { code: 'size', required: true, values: ['S', 'M', 'L', 'XL', '2XL', 'One Size'] },
      { code: 'protection_rating', required: true, values: ['ANSI Z87.1+', 'ANSI A4 Cut', 'ANSI Class 2', 'NIOSH N95', 'NRR 33 dB'] },
      { code: 'color', required: false, values: COLORS },
      { code: 'material', required: false, values: ['Nitrile', 'HPPE', 'Polycarbonate', 'Polyester Mesh', 'Foam'] },
      { code: 'pack_quantity', required: false, values: [1, 12, 20, 100, 200] },
    ],
    categories: [
      { code: 'safety.gloves', name: 'Work Gloves', noun: 'Cut-Resistant Glove', uom: 'PK', cost: [14, 90], nameAttributes: ['protection_rating', 'size'] },
      { code: 'safety.eyewear', name: 'Eye Protection', noun: 'Safety Glasses', uom: 'PK', cost: [12, 80], nameAttributes: ['protection_rating', 'color'] },
      { code: 'safety.hearing', name: 'Hearing Protection', noun: 'Foam Earplugs', uom: 'BX', cost: [15, 60], nameAttributes: ['protection_rating'] },
      { code: 'safety.respiratory', name: 'Respiratory', noun: 'Disposable Respirator', uom: 'BX', cost: [18, 95], nameAttributes: ['protection_rating', 'size'] },
      { code: 'safety.hivis', name: 'High Visibility', noun: 'Hi-Vis Safety Vest', uom: 'EA', cost: [6, 45], nameAttributes: ['protection_rating', 'size'] },
    ],
    complements: ['material_handling', 'abrasives'],
  },
  {
    code: 'power_tools', name: 'Power Tools', skuPrefix: 'PWR', skuShare: 0.07, margin: [0.22, 0.36],
    brands: ['TorqueMax', 'Brightline Tools', 'ProForce'],
    keywords: ['cordless', 'power tool', 'brushless', 'jobsite', 'battery platform'],
    attributes: [
      { code: 'voltage', required: true, values: [12, 18, 20, 60, 120] },
      { code: 'power_source', required: true, values: ['Cordless', 'Corded'] },
      { code: 'battery_included', required: true, values: BOOL },
      { code: 'chuck_size', required: false, values: ['3/8"', '1/2"', '1/4" Hex'] },
      { code: 'weight_lb', required: false, values: [2.4, 3.6, 5.2, 7.9, 11.5] },
      { code: 'warranty_years', required: false, values: [1, 3, 5] },
    ],
    categories: [
      { code: 'power_tools.drills', name: 'Drills & Drivers', noun: 'Drill/Driver', uom: 'EA', cost: [60, 320], nameAttributes: ['voltage', 'power_source'] },
      { code: 'power_tools.saws', name: 'Saws', noun: 'Circular Saw', uom: 'EA', cost: [80, 420], nameAttributes: ['voltage', 'power_source'] },
      { code: 'power_tools.grinders', name: 'Grinders', noun: 'Angle Grinder', uom: 'EA', cost: [55, 300], nameAttributes: ['voltage', 'power_source'] },
      { code: 'power_tools.impact', name: 'Impact Tools', noun: 'Impact Wrench', uom: 'EA', cost: [90, 480], nameAttributes: ['voltage', 'chuck_size'] },
    ],
    complements: ['abrasives', 'safety', 'fasteners'],
  },
  {
    code: 'hand_tools', name: 'Hand Tools', skuPrefix: 'HND', skuShare: 0.1, margin: [0.35, 0.5],
    brands: ['Forgeline', 'Tradesman Pro', 'KeenEdge'],
    keywords: ['hand tool', 'chrome vanadium', 'lifetime warranty', 'mechanic', 'toolbox'],
    attributes: [
      { code: 'measurement_system', required: true, values: ['SAE', 'Metric', 'SAE/Metric'] },
      { code: 'material', required: true, values: ['Chrome Vanadium', 'Alloy Steel', 'Forged Steel', 'Fiberglass'] },
      { code: 'drive_size', required: false, values: ['1/4"', '3/8"', '1/2"', '3/4"'] },
      { code: 'piece_count', required: false, values: [1, 6, 12, 24, 40] },
      { code: 'warranty_years', required: false, values: [1, 5, 99] },
    ],
    categories: [
      { code: 'hand_tools.wrenches', name: 'Wrenches', noun: 'Combination Wrench Set', uom: 'EA', cost: [15, 160], nameAttributes: ['measurement_system', 'piece_count'] },
      { code: 'hand_tools.pliers', name: 'Pliers & Cutters', noun: "Lineman's Pliers", uom: 'EA', cost: [9, 55], nameAttributes: ['material'] },
      { code: 'hand_tools.screwdrivers', name: 'Screwdrivers', noun: 'Screwdriver Set', uom: 'EA', cost: [10, 70], nameAttributes: ['piece_count'] },
      { code: 'hand_tools.measuring', name: 'Measuring & Layout', noun: 'Tape Measure', uom: 'EA', cost: [6, 45], nameAttributes: ['measurement_system'] },
      { code: 'hand_tools.sockets', name: 'Sockets & Ratchets', noun: 'Socket Set', uom: 'EA', cost: [20, 240], nameAttributes: ['drive_size', 'measurement_system'] },
    ],
    complements: ['fasteners', 'electrical'],
  },
  {
    code: 'abrasives', name: 'Abrasives', skuPrefix: 'ABR', skuShare: 0.08, margin: [0.36, 0.52],
    brands: ['GritLine', 'Sterling Abrasives', 'CutRite'],
    keywords: ['abrasive', 'grinding', 'metalworking', 'finishing', 'type 27'],
    attributes: [
      { code: 'diameter_in', required: true, values: [4.5, 5, 6, 7, 9] },
      { code: 'grit', required: true, values: [36, 40, 60, 80, 120, 220] },
      { code: 'abrasive_material', required: true, values: ['Aluminum Oxide', 'Zirconia', 'Ceramic', 'Silicon Carbide'] },
      { code: 'max_rpm', required: false, values: [6600, 8500, 10200, 13300] },
      { code: 'pack_quantity', required: false, values: [5, 10, 25, 50] },
    ],
    categories: [
      { code: 'abrasives.grinding_wheels', name: 'Grinding Wheels', noun: 'Depressed Center Grinding Wheel', uom: 'BX', cost: [20, 110], nameAttributes: ['diameter_in', 'grit'] },
      { code: 'abrasives.flap_discs', name: 'Flap Discs', noun: 'Flap Disc', uom: 'BX', cost: [25, 130], nameAttributes: ['diameter_in', 'grit', 'abrasive_material'] },
      { code: 'abrasives.belts', name: 'Sanding Belts', noun: 'Sanding Belt', uom: 'PK', cost: [15, 90], nameAttributes: ['grit', 'abrasive_material'] },
      { code: 'abrasives.cutoff', name: 'Cut-Off Wheels', noun: 'Cut-Off Wheel', uom: 'BX', cost: [18, 95], nameAttributes: ['diameter_in'] },
    ],
    complements: ['power_tools', 'safety'],
  },
  {
    code: 'adhesives', name: 'Adhesives & Sealants', skuPrefix: 'ADH', skuShare: 0.07, margin: [0.34, 0.5],
    brands: ['BondTite', 'SealMaster Pro', 'Tenacity'],
    keywords: ['adhesive', 'sealant', 'caulk', 'epoxy', 'bonding', 'weatherproof'],
    attributes: [
      { code: 'volume_oz', required: true, values: [1.7, 10.1, 10.3, 28, 50] },
      { code: 'voc_compliant', required: true, values: BOOL },
      { code: 'cure_time_hours', required: false, values: [1, 8, 24, 72] },
      { code: 'color', required: false, values: ['Clear', 'White', 'Gray', 'Black', 'Almond'] },
      { code: 'temperature_max_f', required: false, values: [180, 250, 400, 600] },
    ],
    categories: [
      { code: 'adhesives.construction', name: 'Construction Adhesives', noun: 'Construction Adhesive', uom: 'EA', cost: [4, 18], nameAttributes: ['volume_oz'] },
      { code: 'adhesives.silicone', name: 'Silicone Sealants', noun: '100% Silicone Sealant', uom: 'EA', cost: [5, 16], nameAttributes: ['volume_oz', 'color'] },
      { code: 'adhesives.epoxy', name: 'Epoxies', noun: 'Two-Part Epoxy', uom: 'EA', cost: [8, 60], nameAttributes: ['volume_oz', 'cure_time_hours'] },
      { code: 'adhesives.tape', name: 'Industrial Tape', noun: 'Double-Coated Foam Tape', uom: 'RL', cost: [9, 75], nameAttributes: ['color'] },
    ],
    complements: ['plumbing', 'fasteners'],
  },
  {
    code: 'material_handling', name: 'Material Handling', skuPrefix: 'MHE', skuShare: 0.09, margin: [0.25, 0.4],
    brands: ['LiftRight', 'Steelhaus Storage', 'RollerPro'],
    keywords: ['material handling', 'warehouse', 'storage', 'heavy duty', 'casters'],
    attributes: [
      { code: 'load_capacity_lb', required: true, values: [250, 500, 800, 1200, 5500] },
      { code: 'material', required: true, values: ['Steel', 'Aluminum', 'Polyethylene', 'Stainless 304'] },
      { code: 'dimensions', required: false, values: ['48" x 24" x 72"', '36" x 18" x 72"', '18" x 11" x 10"', '27" x 48"'] },
      { code: 'wheel_type', required: false, values: ['Polyurethane', 'Rubber', 'Pneumatic', 'Phenolic'] },
      { code: 'weight_lb', required: false, values: [3, 18, 42, 85, 160] },
    ],
    categories: [
      { code: 'material_handling.hand_trucks', name: 'Hand Trucks', noun: 'Convertible Hand Truck', uom: 'EA', cost: [90, 480], nameAttributes: ['load_capacity_lb', 'wheel_type'] },
      { code: 'material_handling.casters', name: 'Casters', noun: 'Swivel Plate Caster', uom: 'EA', cost: [8, 90], nameAttributes: ['load_capacity_lb', 'wheel_type'] },
      { code: 'material_handling.shelving', name: 'Shelving', noun: 'Boltless Shelving Unit', uom: 'EA', cost: [110, 650], nameAttributes: ['dimensions', 'load_capacity_lb'] },
      { code: 'material_handling.pallet_jacks', name: 'Pallet Jacks', noun: 'Manual Pallet Jack', uom: 'EA', cost: [320, 1200], nameAttributes: ['load_capacity_lb'] },
      { code: 'material_handling.bins', name: 'Storage Bins', noun: 'Stackable Storage Bin', uom: 'PK', cost: [18, 110], nameAttributes: ['dimensions'] },
    ],
    complements: ['safety', 'fasteners'],
  },
];

export function familySpec(code: string): FamilySpec {
  const family = FAMILIES.find((candidate) => candidate.code === code);
  if (!family) throw new Error(`unknown family ${code}`);
  return family;
}
