import type { CampaignResolvers } from '../generated/resolvers.ts';

export const campaignResolvers: CampaignResolvers = {
  targetSegment: (c) => c.target_segment,
  startsOn: (c) => c.starts_on,
  endsOn: (c) => c.ends_on,
};
