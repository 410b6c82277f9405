/** One layer, any type: dispatches to the formula of its type. */
import type { LayerConfig } from './layer-config.ts';
import type { LayerResult } from './layer-analysis.ts';
import { multiHeadAttention } from './layers/attention.ts';
import { conv1d, conv2d, conv2dTranspose, depthwiseConv2d, separableConv2d } from './layers/convolution.ts';
import { dense, embedding } from './layers/dense.ts';
import { batchNormalization, layerNormalization } from './layers/normalization.ts';
import { gru, lstm, simpleRNN } from './layers/recurrent.ts';
import { dropout, flatten, globalAveragePooling2d, pooling2d, reshape } from './layers/reshaping.ts';

export function analyzeLayer(layer: LayerConfig, input: readonly number[]): LayerResult {
  switch (layer.type) {
    case 'dense':
      return dense(layer, input);
    case 'conv1d':
      return conv1d(layer, input);
    case 'conv2d':
      return conv2d(layer, input);
    case 'depthwiseConv2d':
      return depthwiseConv2d(layer, input);
    case 'separableConv2d':
      return separableConv2d(layer, input);
    case 'conv2dTranspose':
      return conv2dTranspose(layer, input);
    case 'batchNormalization':
      return batchNormalization(layer, input);
    case 'layerNormalization':
      return layerNormalization(layer, input);
    case 'embedding':
      return embedding(layer, input);
    case 'simpleRNN':
      return simpleRNN(layer, input);
    case 'lstm':
      return lstm(layer, input);
    case 'gru':
      return gru(layer, input);
    case 'maxPooling2d':
    case 'averagePooling2d':
      return pooling2d(layer, input);
    case 'globalAveragePooling2d':
      return globalAveragePooling2d(layer, input);
    case 'flatten':
      return flatten(layer, input);
    case 'reshape':
      return reshape(layer, input);
    case 'dropout':
      return dropout(layer, input);
    case 'multiHeadAttention':
      return multiHeadAttention(layer, input);
  }
}
